import { useEffect, useState } from 'react';

/**
 * False for a component's first frame, then true: what can wait a frame (the intake's side column)
 * renders after the part a person needs at once (a popped call's number) is on screen.
 */
export function useAfterFirstFrame(): boolean {
  const [ready, setReady] = useState(false);
  useEffect(() => {
    const frame = window.requestAnimationFrame(() => setReady(true));
    return () => window.cancelAnimationFrame(frame);
  }, []);
  return ready;
}
