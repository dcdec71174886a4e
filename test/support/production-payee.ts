/** The payee production insists on (PAYEE_*), for tests that load a production configuration. */
export const PRODUCTION_PAYEE = {
  PAYEE_NAME: 'Pilsonības un migrācijas lietu pārvalde',
  PAYEE_REGISTRATION_NUMBER: '90000000001',
  PAYEE_IBAN: 'LV12 TREL 0000 0000 0000 1',
  PAYEE_BIC: 'TRELLV22',
} as const;
