import { DatabaseFromFutureError } from '../../db/migrate';
import { DatabaseKeyError } from '../../db/open';
import { DatabaseKeyUnavailableError } from './database-key-store';
import { WrongPassphraseError } from './passphrase-protector';

/** The desk could not open its data for a reason its message explains to a person (key, passphrase, newer database). */
export function isExplainedOpenFailure(error: unknown): error is Error {
  return [DatabaseKeyError, DatabaseKeyUnavailableError, WrongPassphraseError, DatabaseFromFutureError].some((type) => error instanceof type);
}
