import type { ChildProcess } from 'node:child_process';

export const DEMO_PASSWORD: string;
export const EMBEDDED_SERVER_PORT: number;
export const DEMO_ACCOUNTS: { employeeNo: string; name: string; role: 'agent' | 'lead' | 'admin' }[];

export interface EmbeddedServer {
  url: string;
  /** The data directory was new and got the demo organisation. */
  seeded: boolean;
  process: ChildProcess;
  stop(signal?: NodeJS.Signals): Promise<void>;
}

export function startEmbeddedServer(options: { dataDir: string; port?: number; env?: Record<string, string>; quiet?: boolean }): Promise<EmbeddedServer>;
export function startEmbeddedServerOrExit(options: { dataDir: string; port?: number; env?: Record<string, string>; quiet?: boolean }): Promise<EmbeddedServer>;
export function demoAccountsText(serverUrl: string): string;
