import type { Messages } from '../../platform/i18n/messages.ts';

export const connectionPartsTexts = {
  expiryWarning: {
    lv: (count: number) => `Uzmanību: ${count} atslēgas derīgums beidzas 30 dienu laikā.`,
    en: (count: number) => `Warning: ${count} key(s) expire within 30 days.`,
  },
  expiryAdvice: {
    lv: 'Pievienojiet jaunu atslēgu un pēc tam atsauciet veco.',
    en: 'Add a new key, then retire the old one.',
  },
  keyExpiresSoon: { lv: '(atslēga beidzas drīz)', en: '(key expires soon)' },
  /** The protocol's own name for a key's id, the same in both languages. */
  kid: { lv: 'kid', en: 'kid' },
  type: { lv: 'Veids', en: 'Type' },
  added: { lv: 'Pievienota', en: 'Added' },
  validUntil: { lv: 'Derīga līdz', en: 'Valid until' },
  action: { lv: 'Darbība', en: 'Action' },
  expiresSoon: { lv: '(beidzas drīz)', en: '(expires soon)' },
  connectionStatusLabels: {
    pending: { lv: 'Gaida aktivizēšanu', en: 'Awaiting activation' },
    active: { lv: 'Aktīvs', en: 'Active' },
    suspended: { lv: 'Apturēts', en: 'Suspended' },
  },
  environmentLabels: {
    test: { lv: 'Testa vide', en: 'Test environment' },
    production: { lv: 'Produkcijas vide', en: 'Production environment' },
  },
  keyStateLabels: {
    live: { lv: 'Derīga', en: 'Live' },
    retired: { lv: 'Atsaukta', en: 'Retired' },
    expired: { lv: 'Beigusies', en: 'Expired' },
  },
} as const satisfies Messages;
