import { useEffect } from 'react';
import { callDesk } from '../../api/client';

/** Tell the desk at most this often that the person is working (typing, clicking) between calls. */
const REPORT_EVERY_MS = 20_000;
const EVENTS = ['keydown', 'mousedown', 'wheel', 'touchstart'] as const;

/** Work in the page that calls nothing (reading, scrolling) still keeps the idle lock away. */
export function useIdleActivity(): void {
  useEffect(() => {
    let lastReport = 0;
    const onActivity = () => {
      const now = Date.now();
      if (now - lastReport < REPORT_EVERY_MS) return;
      lastReport = now;
      callDesk('session.activity', {}).catch(() => undefined);
    };
    for (const name of EVENTS) window.addEventListener(name, onActivity, { passive: true, capture: true });
    return () => {
      for (const name of EVENTS) window.removeEventListener(name, onActivity, { capture: true });
    };
  }, []);
}
