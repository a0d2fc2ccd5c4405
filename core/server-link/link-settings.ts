import { z } from 'zod';
import type { SettingsStore } from '../settings';
import { readSetting } from '../settings';

export const SERVER_URL_KEY = 'serverUrl';
const SERVER_CA_KEY = 'serverCa';
const LAST_REACHED_KEY = 'serverLastReachedAt';
const TOKENS_KEY = 'serverTokens';

/** The company server this desk talks to, and the company CA it trusts besides the system's roots. */
export interface ServerAddress {
  url: string;
  ca: string | null;
}

/** The signed-in person's tokens; the refresh token is a secret: never logged, never sent to the renderer. */
const TokensSchema = z.object({
  employeeNo: z.string(),
  accessToken: z.string(),
  refreshToken: z.string(),
});
export type StoredTokens = z.infer<typeof TokensSchema>;

export function readServerAddress(settings: SettingsStore): ServerAddress | null {
  const url = readSetting(settings, SERVER_URL_KEY, z.string().min(1).nullable(), null);
  if (!url) return null;
  return { url, ca: readSetting(settings, SERVER_CA_KEY, z.string().min(1).nullable(), null) };
}

export function writeServerAddress(settings: SettingsStore, address: ServerAddress): void {
  settings.set(SERVER_URL_KEY, address.url);
  settings.set(SERVER_CA_KEY, address.ca);
}

/** When the desk last got any answer from the server (ISO), or null if never. */
export function lastReachedAt(settings: SettingsStore): string | null {
  return readSetting(settings, LAST_REACHED_KEY, z.string().nullable(), null);
}

export function markReached(settings: SettingsStore, at: Date): void {
  settings.set(LAST_REACHED_KEY, at.toISOString());
}

export function readTokens(settings: SettingsStore): StoredTokens | null {
  return readSetting(settings, TOKENS_KEY, TokensSchema.nullable(), null);
}

export function writeTokens(settings: SettingsStore, tokens: StoredTokens | null): void {
  settings.set(TOKENS_KEY, tokens);
}
