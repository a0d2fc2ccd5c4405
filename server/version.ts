import { createRequire } from 'node:module';

/** The product's version, as package.json says. */
export const SERVER_VERSION: string = (createRequire(import.meta.url)('../package.json') as { version: string }).version;
