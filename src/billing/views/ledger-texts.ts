import { formatEuro } from '../../agreements/service.ts';
import type { Locale, Text } from '../../platform/i18n/locale.ts';

export const BALANCE_PATH = '/organizacijas/atlikums';
export const THRESHOLD_PATH = '/organizacijas/atlikums/slieksnis';
export const BALANCE_TITLE: Text = { lv: 'Priekšapmaksa', en: 'Prepaid balance' };

export const MOVEMENT_KIND_NAMES = {
  deposit: { lv: 'Iemaksa', en: 'Deposit' },
  state_fee: { lv: 'Valsts nodeva', en: 'State fee' },
} as const satisfies Record<'deposit' | 'state_fee', Text>;

/** An amount as people read it: "150,00 EUR" in Latvian, "EUR 150.00" in English. */
export function euro(cents: number, locale: Locale): string {
  return locale === 'lv' ? `${formatEuro(cents, 'lv')} EUR` : `EUR ${formatEuro(cents, 'en')}`;
}

/** A movement's amount with its sign, so deposits and fees read apart without colour. */
export function signedEuro(cents: number, locale: Locale): string {
  return `${cents > 0 ? '+' : ''}${formatEuro(cents, locale)}`;
}
