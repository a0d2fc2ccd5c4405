/**
 * Puts text at the caret of a text field that React (react-hook-form) controls: the value is set
 * through the element's own setter and an input event is sent, so the form sees a normal edit.
 */
export function insertAtCursor(field: HTMLTextAreaElement | HTMLInputElement, text: string, selection: { start: number; end: number }): void {
  const value = field.value;
  const next = value.slice(0, selection.start) + text + value.slice(selection.end);
  const prototype = field instanceof HTMLTextAreaElement ? HTMLTextAreaElement.prototype : HTMLInputElement.prototype;
  Object.getOwnPropertyDescriptor(prototype, 'value')?.set?.call(field, next);
  field.dispatchEvent(new Event('input', { bubbles: true }));
  field.focus();
  const caret = selection.start + text.length;
  field.setSelectionRange(caret, caret);
}

export function isTextField(element: Element | null): element is HTMLTextAreaElement | HTMLInputElement {
  return element instanceof HTMLTextAreaElement || (element instanceof HTMLInputElement && (element.type === 'text' || element.type === 'search'));
}
