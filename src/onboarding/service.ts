/** Onboarding's public face: organisations, access requests, working days and agreements. */
export { agreementsInForce, type AgreementInForce, type Grant } from './agreements-in-force.ts';
export type { Environment, LegalForm, Side } from './tables.ts';
