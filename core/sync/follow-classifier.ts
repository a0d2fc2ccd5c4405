import { classifierVersionOnDesk, keepClassifier } from '../services/assist-model-cache';
import { cachedOrgSettings } from '../services/org-settings-cache';
import type { DeskContext } from '../context';
import type { SyncTransport } from './transport';

/**
 * The organisation's settings name a newer trained classifier than the desk's: fetch and keep it (the intake's
 * suggestions use it from the next keystroke on). A failed fetch is tried again at the next round; sync goes on.
 */
export async function followClassifier(ctx: DeskContext, transport: SyncTransport): Promise<void> {
  const wanted = cachedOrgSettings(ctx)?.classifierVersion ?? 0;
  if (!transport.classifier || wanted <= classifierVersionOnDesk(ctx)) return;
  try {
    keepClassifier(ctx, await transport.classifier());
  } catch (error) {
    console.error('[assist] could not fetch the organisation classifier', error instanceof Error ? error.message : error);
  }
}
