import { execFileSync } from 'node:child_process';
import { resolve } from 'node:path';

/** What the accessibility walk opens: a complaint at each kind of page the agent reads (their ids). */
export interface AccessibilitySeed {
  /** Open, at 投诉受理, due in time: the action dialogs open from it. */
  open: { id: string };
  /** Open, at 客户反馈: the refused-solution dialog opens from its stage form. */
  atFeedback: { id: string };
  /** Walked through all seven stages: the records read back. */
  closed: { id: string };
}

const ROOT = resolve(import.meta.dirname, '../../..');

/**
 * Writes the walk's complaints into a data directory before its host starts (seed-accessibility-child.ts), in a
 * process of its own run as the web host is (node --import tsx): the desk's core loads there as it does in the host.
 */
export function seedAccessibility(dataDir: string): AccessibilitySeed {
  const out = execFileSync(process.execPath, ['--import', 'tsx', 'tests/e2e/support/seed-accessibility-child.ts', dataDir], { cwd: ROOT, encoding: 'utf8', timeout: 120_000 });
  return JSON.parse(out) as AccessibilitySeed;
}
