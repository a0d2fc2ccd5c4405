import { useLocation } from 'react-router';
import type { ScreenPopState } from '../features/calls/use-screen-pop';
import { IntakePage } from '../features/intake/page/intake-page';
import type { OpenDraftState } from '../features/intake/drafts/open-drafts-bar';

/** /intake: a screen-pop hands its call over in the route state; each navigation opens the intake afresh. */
export function IntakeRoute() {
  const location = useLocation();
  const state = location.state as (Partial<ScreenPopState> & Partial<OpenDraftState>) | null;
  return <IntakePage key={location.key} poppedCall={state?.poppedCall ?? null} openDraftId={state?.openDraft ?? null} />;
}
