import type { Messages } from '../../platform/i18n/messages.ts';

export const connectionSummaryTexts = {
  organisation: { lv: 'Organizācija', en: 'Organisation' },
  reasonForSuspension: { lv: 'Apturēšanas iemesls', en: 'Reason for suspension' },
  activated: { lv: 'Aktivizēts', en: 'Activated' },
  sourceAddresses: { lv: 'Avota adreses', en: 'Source addresses' },
  any: { lv: 'Jebkura', en: 'Any' },
  tokenEndpoint: { lv: 'Tokena adrese (aud)', en: 'Token endpoint (aud)' },
} as const satisfies Messages;
