import type { Messages } from '../../platform/i18n/messages.ts';

export const orgSetupPageTexts = {
  authenticatorStep: { lv: '1. Autentifikācijas lietotne', en: '1. Authenticator app' },
  authenticatorIntro: {
    lv: 'Pievienojiet kontu autentifikācijas lietotnē tālrunī: noskenējiet QR kodu vai ievadiet atslēgu.',
    en: 'Add the account to the authenticator app on your phone: scan the QR code or type the key.',
  },
  qrCodeAlt: {
    lv: 'QR kods autentifikācijas lietotnei; tā pati atslēga ir dota zemāk tekstā.',
    en: 'QR code for the authenticator app; the same key is given as text below.',
  },
  key: { lv: 'Atslēga: ', en: 'Key: ' },
  keyHint: {
    lv: 'Laika kods, 6 cipari, maiņa ik pēc 30 sekundēm.',
    en: 'Time-based code, 6 digits, changing every 30 seconds.',
  },
  passwordStep: { lv: '2. Parole un kods', en: '2. Password and code' },
  newPassword: { lv: 'Jaunā parole', en: 'New password' },
  newPasswordHint: { lv: 'Vismaz 12 rakstzīmes', en: 'At least 12 characters' },
  passwordAgain: { lv: 'Parole vēlreiz', en: 'Password again' },
  submit: { lv: 'Iestatīt kontu', en: 'Set up the account' },
  title: { lv: 'Konta iestatīšana', en: 'Set up your account' },
} as const satisfies Messages;
