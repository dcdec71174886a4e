// @ts-check
/**
 * Texts live in message files (`texts.ts`, `*-texts.ts`, `texts/*.ts`), each phrase once, in both
 * languages; a view only names the key. These selectors (ESLint's own `no-restricted-syntax`) find
 * what a view must not hold: words written into the markup, a language chosen by a ternary, and a
 * `{ lv, en }` pair written inline.
 */
const message = "Texts belong in the capability's message file (texts.ts): name a key there.";

export const inlineTextSelectors = [
  {
    // Words in JSX: two letters in a row (Latvian letters too). Punctuation and numbers may stay.
    selector: 'JSXText[value=/[A-Za-zĀ-ža-ž]{2}/]',
    message,
  },
  {
    // `lv ? '…' : '…'` and `locale === 'lv' ? … : …` with a string on either side.
    selector:
      "ConditionalExpression:matches([test.name=/^(lv|en|isLv|isEn|latvian|english)$/], [test.right.value=/^(lv|en)$/], [test.left.value=/^(lv|en)$/]):matches([consequent.type='Literal'], [consequent.type='TemplateLiteral'], [alternate.type='Literal'], [alternate.type='TemplateLiteral'])",
    message,
  },
  {
    // An inline `{ lv: '…', en: '…' }` pair.
    selector: "ObjectExpression:has(> Property[key.name='lv']):has(> Property[key.name='en'])",
    message,
  },
];

/**
 * The files held to it. A message file itself is exempt (it is where texts go). Folders join the
 * list as their texts move out; the list only grows, until it is every folder with views. An
 * error catalogue (`errors.ts`, `*-errors.ts`) is left out: `defineErrors` keeps each code's two
 * texts beside its status.
 */
export const textCheckedFiles = [
  'src/backoffice/**/*.tsx',
  'src/backoffice/**/*.ts',
  'src/onboarding/**/*.tsx',
  // Error catalogues (`errors.ts`, `*-errors.ts`) are message files of their own: code, status, lv, en.
  'src/onboarding/**/!(*errors).ts',
  'src/register/views/**/*.tsx',
  'src/platform/views/**/*.tsx',
  'src/platform/mail/mailbox-pages.tsx',
  'src/platform/http/error-handler.ts',
  'src/residents/**/*.tsx',
  'src/residents/**/!(*errors).ts',
  'src/billing/**/*.tsx',
  'src/billing/**/!(*errors).ts',
  'src/access/**/*.tsx',
  'src/access/**/!(*errors).ts',
  'src/identity/**/*.tsx',
  'src/identity/**/!(*errors).ts',
];
export const messageFiles = ['src/**/texts.ts', 'src/**/*-texts.ts', 'src/**/texts/*.ts'];
