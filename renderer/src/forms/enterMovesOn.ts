import type { KeyboardEvent } from 'react';

// A list (Select) without search has a read-only input that still takes focus: it is a stop.
const FIELDS = [
  'input:not([type=hidden]):not([disabled]):not([readonly])',
  'input[role=combobox]:not([disabled])',
  'textarea:not([disabled])',
  'button[type=submit]:not([disabled])',
].join(', ');

function isStop(el: HTMLElement): boolean {
  if (el.offsetParent === null || el.tabIndex < 0) return false;
  // An optional field the Enter path passes by (Tab still reaches it).
  if (el.closest('[data-enter-skip]')) return false;
  // Of a radio group only the chosen option is a stop, as with Tab.
  return !(el instanceof HTMLInputElement && el.type === 'radio' && !el.checked);
}

function focusNext(container: HTMLElement, from: HTMLElement): void {
  const next = [...container.querySelectorAll<HTMLElement>(FIELDS)].find(
    (el) => isStop(el) && (from.compareDocumentPosition(el) & Node.DOCUMENT_POSITION_FOLLOWING) !== 0 && !from.contains(el),
  );
  next?.focus();
}

/**
 * Keyboard-first forms: Enter moves to the next field, as clerks expect from paper-like forms.
 * In a list (Select) that is open, Enter first picks the option, then moves on. In a text area
 * Enter is a new line and Ctrl+Enter moves on. Enter that confirms Chinese input (IME) is left alone.
 * Put it on the form's container with `onKeyDownCapture`.
 */
export function enterMovesOn(event: KeyboardEvent<HTMLElement>): void {
  if (event.key !== 'Enter' || event.nativeEvent.isComposing || event.keyCode === 229) return;
  const target = event.target as HTMLElement;
  const container = event.currentTarget;
  if (target instanceof HTMLButtonElement) return;
  if (target instanceof HTMLTextAreaElement && !event.ctrlKey) return;
  if (target.getAttribute('role') === 'combobox' && target.getAttribute('aria-expanded') === 'true') {
    // Let the list take the option first, then move on.
    setTimeout(() => focusNext(container, target), 0);
    return;
  }
  event.preventDefault();
  event.stopPropagation();
  focusNext(container, target);
}
