/** Billing's public face: tariffs with validity dates and the monthly fees of an agreement. */
export {
  formatEuro,
  monthlyFees,
  parseEuroAmount,
  tariffOn,
  TARIFF_NAMES,
  TARIFF_CODES,
  type EnvironmentFees,
  type FeeTerms,
  type MonthlyFees,
} from './tariffs.ts';
export type { TariffCode } from './tables.ts';
export {
  BALANCE_SLOTS,
  balanceOf,
  chargeStateFee,
  ledgerMismatches,
  recordDeposit,
  statement,
  type ChargeResult,
} from './ledger.ts';
export { ledgerErrors } from './ledger-errors.ts';
