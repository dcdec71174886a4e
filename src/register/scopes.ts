/**
 * The data scopes of the Population Register (DESIGN.md, after the former Cabinet Regulation
 * No. 378). Access is granted per scope; the person record is built scope by scope from this list.
 */
export const DATA_SCOPES = [
  'identity',
  'names_history',
  'birth',
  'nationality',
  'addresses',
  'documents',
  'civil_status',
  'relatives',
  'death',
] as const;

export type DataScope = (typeof DATA_SCOPES)[number];

export function isDataScope(value: string): value is DataScope {
  return (DATA_SCOPES as readonly string[]).includes(value);
}

/** What the change log records as touched: the register's scopes plus BDAS's biometrics. */
export type ChangedScope = DataScope | 'biometrics';
