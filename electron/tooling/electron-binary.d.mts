export type ElectronBinary = { available: true; path: string } | { available: false; reason: string };

export interface FindElectronBinaryOptions {
  /** The installed electron package's folder; null when it is not installed. */
  packageDir?: string | null;
  env?: Record<string, string | undefined>;
}

export function findElectronBinary(options?: FindElectronBinaryOptions): ElectronBinary;
