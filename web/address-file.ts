import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { PRIVATE_FILE_MODE } from '../core/security/private-files';

/** Where the full addresses (with their tokens) are written, owner-only, since the console shows them masked. */
export const ADDRESS_FILE = 'browser-address.json';

export interface BrowserAddresses {
  url: string;
  openUrl: string;
  ctiUrl: string | null;
}

export function writeAddressFile(dataDir: string, addresses: BrowserAddresses): string {
  const path = join(dataDir, ADDRESS_FILE);
  writeFileSync(path, JSON.stringify(addresses), { mode: PRIVATE_FILE_MODE });
  return path;
}
