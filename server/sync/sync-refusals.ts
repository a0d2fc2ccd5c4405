import { Problem } from '../problem';

/**
 * The refusals of a push or pull that change nothing: a client id the caller never signed in with (or one
 * another person did), and a cursor past the feed's high water (a desk restored from an old backup, or lying).
 * Each names its field and a code the desk translates.
 */
export const clientNotBound = () =>
  new Problem('forbidden', 'this client id was never signed in with by you: sign in from this desk first', [
    { path: 'clientId', code: 'client_not_bound' },
  ]);

export const clientBoundToOtherUser = () =>
  new Problem('forbidden', 'this client id is registered to another user', [{ path: 'clientId', code: 'bound_to_other_user' }]);

export const cursorAhead = (cursor: number, highWater: number) =>
  new Problem('conflict', `the cursor ${cursor} is past the feed's high water ${highWater}: pull again from 0`, [
    { path: 'cursor', code: 'cursor_ahead' },
  ]);
