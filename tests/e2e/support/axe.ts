import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';

/** The rules of WCAG 2.0 and 2.1, levels A and AA: the conformance the desk claims (docs/user-guide.md). */
export const WCAG_21_AA_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

/**
 * Every WCAG 2.1 A/AA violation axe-core finds, gathered across the screens of a walk so that one run names all of
 * them (where, rule, impact, element and axe's reason with the measured contrast) instead of stopping at the first.
 */
export class AxeFindings {
  readonly violations: string[] = [];
  readonly scanned: string[] = [];

  /**
   * Scans the page as it is now. Waits for antd's open/close motions first: a dialog fading in has its text at
   * partial opacity, which axe measures as low contrast although the agent never reads it that way.
   * `within`: only that part (a dialog, whose page behind it is scanned on its own).
   */
  async scan(page: Page, where: string, { within }: { within?: string } = {}): Promise<void> {
    await page.waitForTimeout(400);
    const language = (await page.locator('html').getAttribute('lang')) || '?';
    const label = `${where} [${language}]`;
    const builder = new AxeBuilder({ page }).withTags(WCAG_21_AA_TAGS);
    const started = Date.now();
    const result = await (within ? builder.include(within) : builder).analyze();
    this.scanned.push(label);
    // Progress in the run's output: a walk of seventy scans is long on a busy machine.
    console.log(`[axe] ${label}: ${result.violations.length} rule(s) violated, ${Date.now() - started} ms`);
    for (const violation of result.violations) {
      for (const node of violation.nodes) {
        const reason = node.failureSummary?.replace(/\s+/g, ' ').trim() ?? '';
        this.violations.push(`${label}: ${violation.id} (${violation.impact ?? '?'}) at ${node.target.join(' ')} — ${reason} — ${node.html.slice(0, 160)}`);
      }
    }
  }

  /** A problem a check other than axe found (the focus leaving a dialog, say), listed with the violations. */
  async note(page: Page, where: string, problem: string): Promise<void> {
    const language = (await page.locator('html').getAttribute('lang')) || '?';
    this.violations.push(`${where} [${language}]: ${problem}`);
  }

  /** The report a failing test prints: one line per element. */
  report(): string {
    return `${this.violations.length} WCAG 2.1 A/AA violation(s) on ${this.scanned.length} scans:\n${this.violations.join('\n')}`;
  }
}
