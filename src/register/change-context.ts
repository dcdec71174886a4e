import type { Dataset } from './tables.ts';

/** Who makes a change to the register, and on which day (a Riga date). */
export interface ChangeContext {
  /** The authority that made the change, e.g. 'PMLP', 'Rīgas dzimtsarakstu nodaļa'. */
  authority: string;
  /** The process it belongs to, e.g. 'address_declaration'. */
  process: string;
  today: string;
  /**
   * The data set a registration is made in, and where the persons it names (parents, a spouse)
   * are looked up: the register's own unless said (the test data set's well-known persons).
   */
  dataset?: Dataset;
}

/**
 * A change that corrects a wrong value, rather than recording a new fact, carries a process
 * ending in this (`address_declaration_correction`, say; the operator API's `?correction=true`):
 * monitoring tells those who received the wrong value.
 */
export const CORRECTION_PROCESS_SUFFIX = '_correction';

export function correctionProcess(process: string, correction: boolean): string {
  return correction ? `${process}${CORRECTION_PROCESS_SUFFIX}` : process;
}
