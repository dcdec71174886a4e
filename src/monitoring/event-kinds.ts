import { CORRECTION_PROCESS_SUFFIX } from '../register/service.ts';

/**
 * The kind an event names, from the change log's `kind`. Receivers decide what to fetch again by
 * it, so it speaks of the data (an address, a name) rather than of the register's procedure.
 * A kind not listed here is passed through as the change log names it.
 */
export const EVENT_KIND_OF_CHANGE: Readonly<Record<string, string>> = {
  registration: 'registration',
  address_declaration: 'address',
  name_change: 'name',
  document_issue: 'document',
  document_invalidation: 'document',
  marriage_registration: 'civil_status',
  divorce_registration: 'civil_status',
  death_registration: 'death',
  biometric_capture: 'biometrics',
};

/**
 * A register change corrects a wrong value, rather than recording a new fact, when its process
 * says so: `correction`, or a process name ending in `_correction` (the operator API's
 * `?correction=true` gives `address_declaration_correction`, say). A fix made after a resident's
 * deficiency report is recorded the same way.
 */
export { CORRECTION_PROCESS_SUFFIX };

export function isCorrectionProcess(process: string): boolean {
  return process === 'correction' || process.endsWith(CORRECTION_PROCESS_SUFFIX);
}

/** How far back a read of a person's data earns the reader a correction event. */
export const CORRECTION_LOOKBACK = '6 months';
