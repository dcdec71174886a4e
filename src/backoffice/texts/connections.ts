import type { Messages } from '../../platform/i18n/messages.ts';

/** PMLP staff's pages on organisations' system connections. */
export const connectionTexts = {
  listPage: {
    title: { lv: 'Sistēmu savienojumi', en: 'System connections' },
    none: { lv: 'Savienojumu nav.', en: 'No connections.' },
    /** The field's own name, as organisations' systems send it. */
    clientId: { lv: 'client_id', en: 'client_id' },
    registered: { lv: 'Pieteikts', en: 'Registered' },
  },
  connectionPage: {
    keys: { lv: 'Atslēgas', en: 'Keys' },
    activate: {
      heading: { lv: 'Aktivizēt', en: 'Activate' },
      check: {
        lv: 'Pārbaudiet, vai atslēga un avota adreses atbilst līgumam. Organizācijai tiks nosūtīts e-pasts.',
        en: 'Check that the key and source addresses fit the agreement. The organisation will be e-mailed.',
      },
      submit: { lv: 'Aktivizēt savienojumu', en: 'Activate the connection' },
    },
    suspend: {
      heading: { lv: 'Apturēt', en: 'Suspend' },
      reason: { lv: 'Apturēšanas iemesls', en: 'Reason for suspending' },
      reasonHint: {
        lv: 'Tiks nosūtīts organizācijai. Tokeni vairs netiks izsniegti.',
        en: 'Sent to the organisation. No more tokens are issued.',
      },
      submit: { lv: 'Apturēt savienojumu', en: 'Suspend the connection' },
    },
    restore: {
      heading: { lv: 'Atjaunot', en: 'Restore' },
      submit: { lv: 'Atjaunot savienojumu', en: 'Restore the connection' },
    },
  },
} as const satisfies Messages;
