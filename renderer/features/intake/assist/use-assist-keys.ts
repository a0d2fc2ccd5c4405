import { useEffect } from 'react';

/** Alt+A accepts the first type suggestion, Alt+R confirms the escalation tag: one key each, during the call. */
export function useAssistKeys(acceptFirst: (() => void) | null, confirmRisk: (() => void) | null) {
  useEffect(() => {
    if (!acceptFirst && !confirmRisk) return;
    const onKeyDown = (event: KeyboardEvent) => {
      if (!event.altKey || event.ctrlKey || event.metaKey || event.shiftKey) return;
      if (event.code === 'KeyA' && acceptFirst) acceptFirst();
      else if (event.code === 'KeyR' && confirmRisk) confirmRisk();
      else return;
      event.preventDefault();
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, [acceptFirst, confirmRisk]);
}
