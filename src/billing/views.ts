/** Billing's public views: amounts as the staff's deposit and organisation pages show them. */
export { euro } from './views/ledger-texts.ts';
