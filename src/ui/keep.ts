/**
 * What a re-render must not take from the user: the scroll position, and whatever they are typing.
 * Inputs marked with a `data-keep` key carry their value, focus and selection over to the element of
 * the same key in the new drawing.
 */

interface KeptInput {
  value: string;
  focused: boolean;
  start: number | null;
  end: number | null;
}

export interface Kept {
  scrollX: number;
  scrollY: number;
  inputs: Map<string, KeptInput>;
}

type TextField = HTMLInputElement | HTMLTextAreaElement;

function fields(root: HTMLElement): TextField[] {
  return Array.from(root.querySelectorAll<TextField>('input[data-keep], textarea[data-keep]'));
}

function selection(field: TextField): { start: number | null; end: number | null } {
  try {
    return { start: field.selectionStart, end: field.selectionEnd };
  } catch (_e) {
    // type=number has no selection.
    return { start: null, end: null };
  }
}

export function keep(root: HTMLElement): Kept {
  const inputs = new Map<string, KeptInput>();
  for (const field of fields(root)) {
    inputs.set(field.getAttribute('data-keep')!, { value: field.value, focused: document.activeElement === field, ...selection(field) });
  }
  return { scrollX: window.scrollX, scrollY: window.scrollY, inputs };
}

export function restore(root: HTMLElement, kept: Kept): void {
  for (const field of fields(root)) {
    const was = kept.inputs.get(field.getAttribute('data-keep')!);
    if (!was) continue;
    field.value = was.value;
    if (was.focused) {
      field.focus({ preventScroll: true });
      if (was.start !== null && was.end !== null) {
        try {
          field.setSelectionRange(was.start, was.end);
        } catch (_e) {
          // type=number: the value is back, the caret goes to the end.
        }
      }
    }
  }
  if (window.scrollX !== kept.scrollX || window.scrollY !== kept.scrollY) window.scrollTo(kept.scrollX, kept.scrollY);
}
