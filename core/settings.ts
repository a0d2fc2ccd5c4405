import type { z } from 'zod';

/** Desk settings (electron-store in the shell, conf in the web host and tests: the same API). */
export interface SettingsStore {
  get(key: string): unknown;
  set(key: string, value: unknown): void;
}

/** Settings kept in memory: for tests and benchmarks. */
export function memorySettings(initial: Record<string, unknown> = {}): SettingsStore {
  const values = new Map(Object.entries(initial));
  return {
    get: (key) => values.get(key),
    set: (key, value) => void values.set(key, value),
  };
}

/** A setting checked by its schema on every read: a missing or damaged value reads as the fallback, never as a crash. */
export function readSetting<T>(settings: SettingsStore, key: string, schema: z.ZodType<T>, fallback: T): T {
  const parsed = schema.safeParse(settings.get(key));
  return parsed.success ? parsed.data : fallback;
}
