import type { Text } from '../../platform/i18n/locale.ts';

export const DEPOSITS_PATH = '/darbinieki/iemaksas';
export const DEPOSIT_CONFIRM_PATH = '/darbinieki/iemaksas/registret';
export const DEPOSITS_TITLE: Text = { lv: 'Iemaksas', en: 'Deposits' };

export const DEPOSIT_LABELS = {
  registracijas_nr: {
    lv: 'Organizācijas reģistrācijas numurs',
    en: 'Organisation’s register number',
  },
  summa: { lv: 'Summa, EUR', en: 'Amount, EUR' },
  atsauce: { lv: 'Bankas maksājuma atsauce', en: 'Bank transfer reference' },
} as const satisfies Record<string, Text>;
