import { useEffect } from 'react';
import { holdTypeAhead } from '../../forms/type-ahead';
import { useSearchStore } from './search-store';

/** Ctrl+K (⌘K) opens search from anywhere, even while typing in a form. */
export function useSearchShortcut() {
  const openWith = useSearchStore((s) => s.openWith);
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      const isK = event.code === 'KeyK' || event.key.toLowerCase() === 'k';
      if (isK && (event.ctrlKey || event.metaKey) && !event.altKey && !event.shiftKey) {
        event.preventDefault();
        // What the agent types next is the search, even before the dialog is on screen: never into the form behind.
        holdTypeAhead();
        openWith();
      }
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, [openWith]);
}
