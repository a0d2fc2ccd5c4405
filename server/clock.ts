/** The server's idea of now; tests pass their own to move time (token expiry, lockouts). */
export type Clock = () => Date;
export const systemClock: Clock = () => new Date();
