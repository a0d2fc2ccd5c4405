/** Autosave waits this long after the last keystroke: well inside the 500 ms a crash may cost. */
export const AUTOSAVE_DELAY_MS = 300;

type Values = Record<string, unknown>;

/**
 * The timing of the intake's autosave, without React: schedule() restarts the wait on every
 * keystroke, flush() saves what is pending at once (leaving the form), stop() drops what is pending
 * and waits for what is in flight (the draft is about to become a complaint).
 */
export class DraftAutosaver {
  private timer: ReturnType<typeof setTimeout> | null = null;
  private pending: Values | null = null;
  private inFlight: Promise<unknown> = Promise.resolve();

  constructor(
    private readonly save: (payload: Values) => Promise<unknown>,
    private readonly delayMs = AUTOSAVE_DELAY_MS,
  ) {}

  schedule(values: Values): void {
    if (this.timer !== null) clearTimeout(this.timer);
    this.pending = values;
    this.timer = setTimeout(() => this.flush(), this.delayMs);
  }

  flush(): void {
    const values = this.pending;
    this.cancel();
    // A copy as it is now: the form keeps mutating its values object while the save is under way.
    if (values) this.inFlight = this.save(JSON.parse(JSON.stringify(values)) as Values);
  }

  async stop(): Promise<void> {
    this.cancel();
    await this.inFlight;
  }

  private cancel(): void {
    if (this.timer !== null) clearTimeout(this.timer);
    this.timer = null;
    this.pending = null;
  }
}
