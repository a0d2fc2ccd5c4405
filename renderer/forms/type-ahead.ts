/**
 * Keys typed between a shortcut and the box it opens taking the focus (Alt+T's template picker, Ctrl+K's search):
 * an agent types the search right after the shortcut, at full speed, and a box's motion takes a while.
 *
 * The shortcut calls holdTypeAhead() in its own keydown, before anything renders: the focus moves at once to an
 * off-screen catcher, so nothing typed can land in the field behind (key by key or through the IME), and Enter
 * (or Ctrl+S) pressed there reaches neither the catcher nor the forms behind: it is only noted. The box, when its
 * input takes the focus, calls takeTypeAhead() and starts from what was typed, deciding itself what a noted Enter
 * means — as if it had been open all along, or nothing when its answer is not known yet. If no box ever takes it
 * (it failed to open), the focus goes back where it was after a while, with nothing typed into it.
 *
 * A dialog that opens while the keys are held traps the focus inside itself, moving it to its first button (the ✕)
 * before its input is focused: a key typed in that moment would press nothing and be lost. So while held, the
 * catcher follows the focus into whatever non-text element took it and keeps catching there.
 */

const GIVE_BACK_AFTER_MS = 3000;

let catcher: HTMLTextAreaElement | null = null;
/** Enter was pressed while held, after `catcher.value` as it was then. */
let enteredAfter: string | null = null;
/** Where the focus was when the shortcut was pressed. */
let giveBackTo: HTMLElement | null = null;
let holding = false;
let giveBackTimer: number | undefined;

function theCatcher(): HTMLTextAreaElement {
  if (catcher?.isConnected) return catcher;
  const element = document.createElement('textarea');
  element.setAttribute('aria-hidden', 'true');
  element.setAttribute('tabindex', '-1');
  element.setAttribute('autocomplete', 'off');
  element.setAttribute('spellcheck', 'false');
  element.dataset.testid = 'type-ahead';
  Object.assign(element.style, { position: 'fixed', top: '0', left: '-10000px', width: '1px', height: '1px', opacity: '0', pointerEvents: 'none' });
  element.addEventListener('keydown', (event) => {
    // Enter (Ctrl+Enter, Ctrl+S) typed before the box is there confirms and saves nothing: not in the box, not behind it.
    if (event.key === 'Enter' || ((event.ctrlKey || event.metaKey) && event.key.toLowerCase() === 's')) {
      event.preventDefault();
      event.stopPropagation();
      if (event.key === 'Enter' && !event.ctrlKey && !event.metaKey && !event.altKey && !event.shiftKey && enteredAfter === null) enteredAfter = element.value;
    }
  });
  // A dialog gives the focus back to what had it before it opened — the catcher, once the box took the keys: it
  // passes it on to the field the shortcut was pressed in, as if the catcher had never been there.
  element.addEventListener('focus', () => {
    if (holding) return;
    if (giveBackTo?.isConnected) giveBackTo.focus({ preventScroll: true });
    else element.blur();
  });
  document.body.appendChild(element);
  catcher = element;
  followFocusWhileHolding();
  return element;
}

let following = false;
/** While held, focus moved to a dialog's button comes back to the catcher, inside that dialog (its trap allows it). */
function followFocusWhileHolding(): void {
  if (following) return;
  following = true;
  document.addEventListener(
    'focusin',
    (event) => {
      const target = event.target;
      if (!holding || !catcher || target === catcher || !(target instanceof HTMLElement) || takesText(target)) return;
      const home = target.closest('[role="dialog"]') ?? document.body;
      if (catcher.parentElement !== home) home.appendChild(catcher);
      catcher.focus({ preventScroll: true });
    },
    true,
  );
}

function takesText(element: HTMLElement): boolean {
  if (element instanceof HTMLTextAreaElement) return true;
  if (element instanceof HTMLInputElement) return !['button', 'checkbox', 'radio', 'submit', 'reset', 'file', 'range', 'color', 'image'].includes(element.type);
  return element.isContentEditable;
}

/** The catcher waits in the page itself between holds: a dialog it followed into may be hidden or gone. */
function backToBody(element: HTMLTextAreaElement): void {
  if (element.parentElement !== document.body && document.activeElement !== element) document.body.appendChild(element);
}

/** Called by the shortcut, synchronously: from now until a box takes them, typed keys are kept for it. */
export function holdTypeAhead(): void {
  const active = document.activeElement;
  const target = theCatcher();
  giveBackTo = active instanceof HTMLElement && active !== target && active !== document.body ? active : null;
  backToBody(target);
  target.value = '';
  enteredAfter = null;
  holding = true;
  target.focus({ preventScroll: true });
  window.clearTimeout(giveBackTimer);
  giveBackTimer = window.setTimeout(() => {
    holding = false;
    target.value = '';
    enteredAfter = null;
    if (document.activeElement === target) giveBackTo?.focus({ preventScroll: true });
  }, GIVE_BACK_AFTER_MS);
}

export interface TypedAhead {
  /** What was typed while held ('' when nothing was, or nothing was held). */
  text: string;
  /** Enter was pressed while held: `text` is what had been typed before it (what came after is dropped). */
  entered: boolean;
}

/** What was typed while held; the hold ends. Called by the box as its input takes the focus. */
export function takeTypeAhead(): TypedAhead {
  window.clearTimeout(giveBackTimer);
  holding = false;
  const typed = { text: enteredAfter ?? catcher?.value ?? '', entered: enteredAfter !== null };
  if (catcher) {
    catcher.value = '';
    backToBody(catcher);
  }
  enteredAfter = null;
  return typed;
}

/**
 * Focuses a box's input as soon as it can take the focus (a dialog's content exists before it is shown), frame by
 * frame for up to a second. Returns a function that stops trying.
 */
export function focusWhenShown(element: () => HTMLElement | null | undefined, focus: (target: HTMLElement) => void = (target) => target.focus({ preventScroll: true })): () => void {
  let frames = 0;
  let handle = 0;
  const attempt = () => {
    const target = element();
    if (target && document.activeElement !== target) focus(target);
    if ((!target || document.activeElement !== target) && ++frames < 60) handle = window.requestAnimationFrame(attempt);
  };
  attempt();
  return () => window.cancelAnimationFrame(handle);
}

/**
 * Puts what was typed ahead into the box's input at once, in the page as well as in React's state (`set`): the next
 * key may arrive before React renders, and it must find the text already there, or it would replace it.
 */
export function showTypedAhead(input: HTMLInputElement | HTMLTextAreaElement, value: string, set: (value: string) => void): void {
  input.value = value;
  input.setSelectionRange(value.length, value.length);
  set(value);
}

/** Types what was held into an input a component owns (antd Select's search): as the keyboard would, through an input event. */
export function replayTypedAhead(input: HTMLInputElement, text: string): void {
  Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')?.set?.call(input, `${input.value}${text}`);
  input.dispatchEvent(new Event('input', { bubbles: true }));
}
