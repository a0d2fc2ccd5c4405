import { useEffect } from 'react';
import { useNavigate } from 'react-router';
import { holdTypeAhead } from '../forms/type-ahead';

/**
 * Ctrl+N opens a new intake from anywhere, as agents expect during a call. Browsers keep Ctrl+N for
 * themselves, so in browser mode Alt+N does the same.
 */
export function useGlobalShortcuts() {
  const navigate = useNavigate();
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      const isN = event.code === 'KeyN' || event.key.toLowerCase() === 'n';
      if (isN && (event.ctrlKey || event.metaKey || event.altKey)) {
        event.preventDefault();
        // The name typed at once goes to the new intake, not the field this page had focused.
        holdTypeAhead();
        navigate('/intake');
      }
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, [navigate]);
}
