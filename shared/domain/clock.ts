/** The current time, injected so that tests (and deadline checks) can travel in time. */
export type Clock = () => Date;
