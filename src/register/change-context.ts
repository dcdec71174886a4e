/** Who makes a change to the register, and on which day (a Riga date). */
export interface ChangeContext {
  /** The authority that made the change, e.g. 'PMLP', 'Rīgas dzimtsarakstu nodaļa'. */
  authority: string;
  /** The process it belongs to, e.g. 'address_declaration'. */
  process: string;
  today: string;
}
