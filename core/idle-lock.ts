import { performance } from 'node:perf_hooks';
import { z } from 'zod';
import { DEFAULT_IDLE_LOCK_MINUTES, IdleLockSettingSchema, type IdleLockSetting } from '../shared/api/admin';
import type { SettingsStore } from './settings';
import { readSetting } from './settings';

const IDLE_MINUTES_KEY = 'idleLockMinutes';
const LOCKED_KEY = 'idleLockEngaged';

export function readIdleLockSetting(settings: SettingsStore): IdleLockSetting {
  return { minutes: readSetting(settings, IDLE_MINUTES_KEY, IdleLockSettingSchema.shape.minutes, DEFAULT_IDLE_LOCK_MINUTES) };
}

export function writeIdleLockSetting(settings: SettingsStore, setting: IdleLockSetting): IdleLockSetting {
  settings.set(IDLE_MINUTES_KEY, setting.minutes);
  return readIdleLockSetting(settings);
}

export interface IdleLockOptions {
  /** Milliseconds since some fixed point; monotonic, so moving the wall clock neither locks nor unlocks. */
  now?: () => number;
  /** Replaces the setting (tests and the web host's COMPLAINT_DESK_IDLE_LOCK_SECONDS). */
  timeoutMs?: number;
}

/**
 * Locks the desk after the idle timeout. "Locked" is kept in the settings, so restarting the desk
 * does not unlock it; idle time itself is measured in this process only.
 */
export class IdleLock {
  private readonly now: () => number;
  private lastActivity: number;

  constructor(
    private readonly settings: SettingsStore,
    private readonly options: IdleLockOptions = {},
  ) {
    this.now = options.now ?? (() => performance.now());
    this.lastActivity = this.now();
  }

  private timeoutMs(): number {
    return this.options.timeoutMs ?? readIdleLockSetting(this.settings).minutes * 60_000;
  }

  /** Whether the desk is locked now; crossing the timeout locks it. */
  isLocked(): boolean {
    if (readSetting(this.settings, LOCKED_KEY, z.boolean(), false)) return true;
    if (this.now() - this.lastActivity < this.timeoutMs()) return false;
    this.settings.set(LOCKED_KEY, true);
    return true;
  }

  touch(): void {
    this.lastActivity = this.now();
  }

  /** Unlocked (the password was right) or a new sign-in / sign-out: idle time starts again. */
  release(): void {
    this.settings.set(LOCKED_KEY, false);
    this.touch();
  }
}
