import { expect, test, type Browser, type Page } from '@playwright/test';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startEmbeddedServer, type EmbeddedServer } from '../../../scripts/embedded-server.mjs';
import { linkCutter, type LinkCutter } from './link-cutter';
import { signIn } from './sign-in';
import { newDataDir, startHost, type RunningHost } from './web-host';

/**
 * The sync specs' stage: a company server of their own (the run's shared one does not sync), desk A with
 * the agent 王芳 (A1001) and desk B with her team lead 李强 (L2001), each signed in in its own browser context.
 */
export interface TwoDesks {
  /** The server as it runs now (restartServer replaces it). */
  readonly server: EmbeddedServer;
  a: RunningHost;
  b: RunningHost;
  pageA: Page;
  pageB: Page;
  /** Desk A's own link to the server, when asked for: cut it and A alone is offline. */
  link: LinkCutter | null;
  /** The server goes away: every desk is offline. */
  stopServer(): Promise<void>;
  /** The server returns on the same address, with the same data. */
  restartServer(): Promise<void>;
}

export interface TwoDesksOptions {
  /** Desk A reaches the server through a link that can be cut (TwoDesks.link). */
  cuttableLinkForA?: boolean;
  /**
   * Desk A's machine clock is this many ms off real time (positive: ahead): its host through
   * COMPLAINT_DESK_NOW_OFFSET_DAYS, its browser through Playwright's clock (time flows on from there).
   */
  clockOffsetMsForA?: number;
}

const DAY_MS = 24 * 60 * 60 * 1000;

/** Two hosts, a server and a browser on a shared 2-core machine: a host may take a while to show its sign-in. */
const SIGN_IN_PATIENCE_MS = 60_000;

async function signedIn(browser: Browser, host: RunningHost, who: { name: string; id: string }, clockOffsetMs = 0): Promise<Page> {
  const context = await browser.newContext();
  if (clockOffsetMs !== 0) await context.clock.install({ time: Date.now() + clockOffsetMs });
  const page = await context.newPage();
  await page.goto(host.url);
  await signIn(page, { ...who, timeout: SIGN_IN_PATIENCE_MS });
  return page;
}

/**
 * Registers the clean-up (hosts, link, server, its data) after each test of the spec, and answers the
 * function that sets the stage for one test. `name` prefixes the server's temp directory.
 */
export function twoDesksOnOwnServer(name: string): (browser: Browser, options?: TwoDesksOptions) => Promise<TwoDesks> {
  const hosts: RunningHost[] = [];
  let link: LinkCutter | null = null;
  let server: EmbeddedServer | null = null;
  let serverDir = '';
  test.afterEach(async () => {
    for (const host of hosts.splice(0)) await host.stop();
    await link?.close();
    link = null;
    await server?.stop();
    server = null;
    if (serverDir) rmSync(serverDir, { recursive: true, force: true });
    serverDir = '';
  });

  return async (browser, options = {}) => {
    serverDir = mkdtempSync(join(tmpdir(), `${name}-`));
    server = await startEmbeddedServer({ dataDir: serverDir, quiet: true });
    const port = Number(new URL(server.url).port);
    link = options.cuttableLinkForA ? await linkCutter(server.url) : null;
    const offsetA = options.clockOffsetMsForA ?? 0;
    const envA: Record<string, string> = offsetA !== 0 ? { COMPLAINT_DESK_NOW_OFFSET_DAYS: String(offsetA / DAY_MS) } : {};
    const a = await startHost(newDataDir(), envA, { server: link?.url ?? server.url });
    const b = await startHost(newDataDir(), {}, { server: server.url });
    hosts.push(a, b);
    const pageA = await signedIn(browser, a, { name: '王芳', id: 'A1001' }, offsetA);
    const pageB = await signedIn(browser, b, { name: '李强', id: 'L2001' });
    return {
      get server() {
        return server!;
      },
      a,
      b,
      pageA,
      pageB,
      link,
      stopServer: async () => {
        await server?.stop();
      },
      restartServer: async () => {
        server = await startEmbeddedServer({ dataDir: serverDir, port, quiet: true });
      },
    };
  };
}

/** 立即同步, then the top bar says 已同步 within `timeout`. */
export async function syncNow(page: Page, timeout = 5_000): Promise<void> {
  await page.getByTestId('sync-now').click();
  await expect(page.getByTestId('sync-summary')).toContainText('已同步', { timeout });
}

/** Syncs until the desk says 已同步: a server that has just returned may take a few tries. */
export async function syncedNow(page: Page, within = 60_000): Promise<void> {
  await expect(async () => syncNow(page, 2_000)).toPass({ timeout: within });
}

/**
 * Clicks 立即同步 on each page in turn, then checks `seen` (with short timeouts of its own), again and
 * again until it holds: what one desk did reaches another after a push and a pull.
 */
export async function syncUntil(pages: Page | Page[], seen: () => Promise<void>, within = 30_000): Promise<void> {
  await expect(async () => {
    for (const page of [pages].flat()) await page.getByTestId('sync-now').click();
    await seen();
  }).toPass({ timeout: within });
}

/** Goes to a complaint's page by its id, as a link would; the caller checks what it shows. */
export async function goToComplaint(page: Page, id: string): Promise<void> {
  await page.evaluate((complaintId) => (window.location.hash = `#/complaints/${complaintId}`), id);
}
