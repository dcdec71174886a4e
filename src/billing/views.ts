/** Billing's public views: amounts as the staff's pages show them, and the tariffs page. */
export { euro } from './views/ledger-texts.ts';
export { TariffsPage } from './views/tariffs-page.tsx';
