/**
 * A value typed into a list column, read as the listed option it certainly is. Case, spacing, trailing punctuation,
 * dash variants and Đ/D do not change what a person meant: «Hoàn thành đúng hạn.» is «Hoàn thành đúng hạn». A typed
 * value that two options could be is none of them: the check never guesses between options.
 */
import { foldD, plainDashes, textKey } from './text';

/** The key a typed list value is compared by once trivial differences are set aside. */
export function looseKey(text: string): string {
  return foldD(plainDashes(textKey(text)))
    .replace(/\s*([,;:.!?])\s*/g, '$1 ')
    .replace(/[\s.,;:!?…]+$/, '')
    .replace(/^[\s.,;:!?…-]+/, '')
    .trim();
}

/** The option a typed value stands for: exact (as listed, whatever its Unicode form or case) or loose; undefined when none or two. */
export function matchOption(options: readonly string[], typed: string): { option: string; exact: boolean } | undefined {
  const exact = options.find((o) => textKey(o) === textKey(typed));
  if (exact !== undefined) return { option: exact, exact: true };
  const key = looseKey(typed);
  if (key === '') return undefined;
  const loose = [...new Set(options.filter((o) => looseKey(o) === key))];
  return loose.length === 1 ? { option: loose[0], exact: false } : undefined;
}
