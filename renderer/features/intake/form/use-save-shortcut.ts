import { useEffect } from 'react';

/** Ctrl+S (and Ctrl+Enter) save the form without leaving the keyboard. */
export function useSaveShortcut(save: () => void) {
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      const mod = event.ctrlKey || event.metaKey;
      if (mod && (event.key.toLowerCase() === 's' || event.key === 'Enter')) {
        event.preventDefault();
        save();
      }
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, [save]);
}
