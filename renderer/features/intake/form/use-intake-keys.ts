import { useEffect, type RefObject } from 'react';
import { COMPLAINT_TYPE_CODES, type ComplaintType } from '../../../../shared/domain/complaint-types';

const FOCUSABLE = 'input:not([disabled]), textarea:not([disabled]), [tabindex="0"]';

/** Focus the first field of the section before or after the one holding the focus. */
function moveSection(form: HTMLElement, step: 1 | -1) {
  const sections = [...form.querySelectorAll<HTMLElement>('[data-intake-section]')];
  const current = sections.findIndex((section) => section.contains(document.activeElement));
  const target = sections[current === -1 ? 0 : Math.min(Math.max(current + step, 0), sections.length - 1)];
  target?.querySelector<HTMLElement>(FOCUSABLE)?.focus();
}

/**
 * The intake's own keys: Alt+↓ / Alt+↑ next and previous section; Alt+1…Alt+4 choose the complaint type
 * (then the subtype has the focus).
 */
export function useIntakeKeys(formRef: RefObject<HTMLElement | null>, chooseType: (type: ComplaintType) => void) {
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      const form = formRef.current;
      // Alt+Shift+digit switches between open drafts (open-drafts-bar): not a type.
      if (!form || !event.altKey || event.ctrlKey || event.metaKey || event.shiftKey) return;
      if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
        event.preventDefault();
        moveSection(form, event.key === 'ArrowDown' ? 1 : -1);
        return;
      }
      const digit = /^Digit([1-9])$/.exec(event.code)?.[1];
      const type = digit ? COMPLAINT_TYPE_CODES[Number(digit) - 1] : undefined;
      if (type) {
        event.preventDefault();
        chooseType(type);
      }
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, [chooseType, formRef]);
}
