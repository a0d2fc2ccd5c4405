import type { Page } from '@playwright/test';

/** A call through the page's own session, as the screens make it (setup, not what is under test). */
export async function deskCall<T>(page: Page, call: string, input: object): Promise<T> {
  const result = await page.evaluate(
    async ([name, body]) => {
      const response = await fetch(`api/${name}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-desk-token': sessionStorage.getItem('complaint-desk.token') ?? '' },
        body: JSON.stringify(body),
      });
      return (await response.json()) as { ok: boolean; value?: unknown; error?: unknown };
    },
    [call, input] as const,
  );
  if (!result.ok) throw new Error(`${call} failed: ${JSON.stringify(result.error)}`);
  return result.value as T;
}
