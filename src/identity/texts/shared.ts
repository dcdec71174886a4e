import type { Messages } from '../../platform/i18n/messages.ts';

export const sharedTexts = {
  signIn: { lv: 'Pieteikties', en: 'Sign in' },
  keys: { lv: 'Atslēgas', en: 'Keys' },
  backToConnections: { lv: 'Atpakaļ uz savienojumiem', en: 'Back to connections' },
  emailAddress: { lv: 'E-pasta adrese', en: 'E-mail address' },
  environment: { lv: 'Vide', en: 'Environment' },
  status: { lv: 'Statuss', en: 'Status' },
  registered: { lv: 'Pieteikts', en: 'Registered' },
  name: { lv: 'Vārds, uzvārds', en: 'Name' },
  email: { lv: 'E-pasts', en: 'E-mail' },
  signedInAs: { lv: 'Pieteicies: ', en: 'Signed in as: ' },
} as const satisfies Messages;
