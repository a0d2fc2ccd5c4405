import type { CSSProperties } from 'react';

/** Off screen but read: the usual "visually hidden" rule (clip, 1 px), so nothing on the page moves. */
const VISUALLY_HIDDEN: CSSProperties = {
  position: 'absolute',
  width: 1,
  height: 1,
  margin: -1,
  padding: 0,
  border: 0,
  overflow: 'hidden',
  clip: 'rect(0 0 0 0)',
  whiteSpace: 'nowrap',
};

/**
 * A live region a screen reader announces whenever its text changes; the screen shows the same news its own way.
 * It stays mounted with or without text, because a region added together with its text is often not announced.
 * `urgent` interrupts (an incoming call), otherwise it waits for a pause (sync state, reminders).
 */
export function LiveRegion({ text, urgent = false, testId }: { text: string; urgent?: boolean; testId?: string }) {
  return (
    // No role="alert" for the urgent one: an empty alert would stand among the page's real ones (its field errors).
    <div role={urgent ? undefined : 'status'} aria-live={urgent ? 'assertive' : 'polite'} aria-atomic="true" style={VISUALLY_HIDDEN} data-testid={testId}>
      {text}
    </div>
  );
}
