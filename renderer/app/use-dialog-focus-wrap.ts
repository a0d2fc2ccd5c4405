import { useEffect } from 'react';

const TABBABLE = 'a[href], button:not([disabled]), input:not([disabled]):not([type="hidden"]), select:not([disabled]), textarea:not([disabled]), [tabindex]:not([tabindex="-1"])';

/** The dialog on top: antd keeps closed ones in the page, hidden. */
function openDialog(): HTMLElement | null {
  const open = [...document.querySelectorAll<HTMLElement>('.ant-modal-wrap')].filter((wrap) => getComputedStyle(wrap).display !== 'none');
  return open.at(-1)?.querySelector<HTMLElement>('.ant-modal') ?? null;
}

const tabbable = (dialog: HTMLElement) =>
  [...dialog.querySelectorAll<HTMLElement>(TABBABLE)].filter((el) => el.tabIndex >= 0 && el.getClientRects().length > 0 && getComputedStyle(el).visibility !== 'hidden');

/**
 * Tab and Shift+Tab go round inside an open dialog. antd brings the focus back when it lands outside the dialog,
 * but from the dialog's last control a browser tabs out of the page (to its address bar), where nothing lands:
 * an agent in browser mode would lose the dialog. Here the focus wraps from the last control to the first and back.
 */
export function useDialogFocusWrap(): void {
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.key !== 'Tab' || event.ctrlKey || event.altKey || event.metaKey) return;
      const dialog = openDialog();
      if (!dialog) return;
      const controls = tabbable(dialog);
      if (controls.length === 0) return;
      const [first, last] = [controls[0]!, controls.at(-1)!];
      const active = document.activeElement;
      const inside = active instanceof HTMLElement && dialog.contains(active);
      const target = event.shiftKey ? (!inside || active === first ? last : null) : !inside || active === last ? first : null;
      if (!target) return;
      event.preventDefault();
      target.focus();
    };
    window.addEventListener('keydown', onKeyDown, true);
    return () => window.removeEventListener('keydown', onKeyDown, true);
  }, []);
}
