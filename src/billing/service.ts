/**
 * Billing's public face: tariffs with validity dates, the monthly fees of an agreement, and the
 * prepaid ledger (deposits, state fees, the organisation's balance page).
 */
export {
  formatEuro,
  monthlyFees,
  parseEuroAmount,
  checkNewTariff,
  setTariff,
  tariffOn,
  tariffOverview,
  TARIFF_NAMES,
  TARIFF_CODES,
  type EnvironmentFees,
  type FeeTerms,
  type MonthlyFees,
} from './tariffs.ts';
export type { TariffCode } from './tables.ts';
export { billingErrors } from './errors.ts';
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
export { recordDepositByStaff } from './deposit-recording.ts';
export {
  balanceView,
  changeLowBalanceThreshold,
  parseThreshold,
  statementPageNumber,
  STATEMENT_PAGE_SIZE,
  type BalanceView,
  type StatementRow,
} from './balance-view.ts';
export {
  depositById,
  depositReferenceUsed,
  latestDeposits,
  organisationByRegistrationNumber,
} from './ledger-store.ts';
export { euro } from './views/ledger-texts.ts';
