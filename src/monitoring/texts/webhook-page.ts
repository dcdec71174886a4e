import type { Messages } from '../../platform/i18n/messages.ts';

/** The connection's webhook page: address, secret, deliveries and failures. */
export const webhookPageTexts = {
  title: {
    lv: (name: string) => `Webhook: ${name}`,
    en: (name: string) => `Webhook: ${name}`,
  },
  intro: {
    lv: 'Uz šo HTTPS adresi sūtām katru šī savienojuma vides izmaiņu notikumu pēc Standard Webhooks specifikācijas, parakstītu ar noslēpumu. Nākamo notikumu sūtām, kad iepriekšējais pieņemts (atbilde 2xx).',
    en: 'Every change event of this connection’s environment is sent to this HTTPS address as Standard Webhooks describes, signed with the secret. The next event is sent once the one before is accepted (a 2xx answer).',
  },
  urlLabel: { lv: 'Adrese (URL)', en: 'Address (URL)' },
  urlHint: {
    lv: 'Piemēram, https://piemers.lv/webhooks. Pāradresācijām nesekojam.',
    en: 'For example https://example.com/webhooks. Redirects are not followed.',
  },
  save: { lv: 'Saglabāt adresi', en: 'Save the address' },
  secretHeading: { lv: 'Jūsu noslēpums', en: 'Your secret' },
  secretOnce: {
    lv: 'Saglabājiet to tagad: to parādām tikai šoreiz. Pārbaudiet ar to katra paziņojuma parakstu.',
    en: 'Keep it now: it is shown this once only. Check every delivery’s signature with it.',
  },
  rotateHeading: { lv: 'Mainīt noslēpumu', en: 'Rotate the secret' },
  rotateIntro: {
    lv: 'Jaunais noslēpums sāk darboties uzreiz; vecais vēl 24 stundas paraksta līdzās jaunajam, lai paspējat to nomainīt.',
    en: 'The new secret works at once; the old one keeps signing beside it for 24 hours, so you can switch without a gap.',
  },
  rotate: { lv: 'Izveidot jaunu noslēpumu', en: 'Create a new secret' },
  statusHeading: { lv: 'Stāvoklis', en: 'Status' },
  statusLabel: { lv: 'Stāvoklis', en: 'Status' },
  active: { lv: 'Aktīva', en: 'Active' },
  disabled: { lv: 'Atslēgta', en: 'Disabled' },
  disabledGone: {
    lv: 'Adrese atbildēja “410 Gone”, tāpēc sūtīšana ir apturēta.',
    en: 'The address answered “410 Gone”, so delivery has stopped.',
  },
  disabledFailing: {
    lv: 'Adrese piecas dienas nepieņēma notikumus, tāpēc sūtīšana ir apturēta.',
    en: 'The address did not accept events for five days, so delivery has stopped.',
  },
  reenable: { lv: 'Ieslēgt atkal', en: 'Re-enable' },
  delivered: { lv: 'Piegādāts līdz notikumam Nr.', en: 'Delivered up to event no.' },
  lastEvent: { lv: 'Pēdējais notikums Nr.', en: 'Latest event no.' },
  failures: { lv: 'Neveiksmes pēc kārtas', en: 'Failures in a row' },
  nextAttempt: { lv: 'Nākamais mēģinājums', en: 'Next attempt' },
  resendHeading: { lv: 'Sūtīt vēlreiz', en: 'Send again' },
  seqLabel: { lv: 'Notikuma Nr.', en: 'Event no.' },
  resendOne: { lv: 'Sūtīt šo notikumu vēlreiz', en: 'Send this event again' },
  sinceLabel: { lv: 'Kopš (Rīgas laiks)', en: 'Since (Riga time)' },
  sinceHint: { lv: 'GGGG-MM-DD SS:MM', en: 'YYYY-MM-DD HH:MM' },
  resendSince: {
    lv: 'Sūtīt vēlreiz visu, kas kopš tā neizdevās',
    en: 'Send again everything that failed since then',
  },
  attemptsHeading: { lv: 'Piegādes un neveiksmes', en: 'Deliveries and failures' },
  attemptsNone: { lv: 'Vēl nav neviena mēģinājuma.', en: 'No attempts yet.' },
  colTime: { lv: 'Laiks', en: 'Time' },
  colEvent: { lv: 'Notikums', en: 'Event' },
  colResult: { lv: 'Rezultāts', en: 'Result' },
  colDuration: { lv: 'Ilgums, ms', en: 'Duration, ms' },
  colAnswer: { lv: 'Atbildes sākums', en: 'Start of the answer' },
  resendMark: { lv: '(atkārtoti)', en: '(again)' },
  inProgress: { lv: 'Notiek', en: 'In progress' },
  errorKind: {
    timeout: { lv: 'Noildze', en: 'Timed out' },
    connection: { lv: 'Nevar savienoties', en: 'Could not connect' },
    reset: { lv: 'Savienojums pārtraukts', en: 'Connection reset' },
    redirect: { lv: 'Pāradresācija', en: 'Redirect' },
    http_status: { lv: 'Kļūdas atbilde', en: 'Error answer' },
    abandoned: { lv: 'Pārtraukts (atkārtots)', en: 'Broken off (retried)' },
    address_refused: {
      lv: 'Adrese nav publiska (iekšējs tīkls)',
      en: 'Not a public address (internal network)',
    },
  },
  done: {
    saved: { lv: 'Adrese saglabāta.', en: 'The address is saved.' },
    rotated: { lv: 'Izveidots jauns noslēpums.', en: 'A new secret is created.' },
    reenabled: {
      lv: 'Adrese ieslēgta: sūtīšana turpinās no pirmā nepiegādātā notikuma.',
      en: 'The address is enabled: delivery resumes from the first event not delivered.',
    },
    resent: { lv: 'Notikums tiks nosūtīts vēlreiz.', en: 'The event will be sent again.' },
    since: {
      lv: 'Notikumi no pirmā neizdevušās tiks nosūtīti vēlreiz pēc kārtas.',
      en: 'Events from the first that failed will be sent again in order.',
    },
    nothing: {
      lv: 'Kopš šī laika neviena piegāde nav neizdevusies.',
      en: 'No delivery failed since that time.',
    },
  },
  back: { lv: 'Atpakaļ uz savienojumu', en: 'Back to the connection' },
} as const satisfies Messages;
