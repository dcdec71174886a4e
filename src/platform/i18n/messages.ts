import type { Locale, Text } from './locale.ts';

/**
 * A text whose wording depends on values (a number that Latvian grammar agrees with, a name, a
 * date): one function per language, taking the same arguments, so neither can be left out.
 */
export interface TextFn<A extends readonly unknown[]> {
  lv: (...args: A) => string;
  en: (...args: A) => string;
}

/** Any leaf of a message file: a fixed text, or a function of the values it needs. */
export type Message = Text | TextFn<never>;

/**
 * A capability's message file: keys named after where a text appears (page, section, element),
 * nested as deep as that needs, every leaf in both languages. Declare one with
 * `export const fooTexts = { … } as const satisfies Messages;` so a missing language, or a key
 * spelt wrong where it is used, is a compile error.
 */
export interface Messages {
  readonly [key: string]: Message | Messages;
}

/** A fixed text in the page's language. */
export function say(locale: Locale, text: Text): string {
  return text[locale];
}
