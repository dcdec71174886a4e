/**
 * One set of value parsers for both drivers, so a row reads the same from PGlite and PostgreSQL:
 * dates stay 'YYYY-MM-DD' strings (a Date would shift with the process time zone), bigint
 * counters become numbers (they stay far below 2^53), numeric stays a string (money is integer
 * cents; numeric never carries it).
 */
export const PG_TYPE = {
  int8: 20,
  date: 1082,
  numeric: 1700,
} as const;

export const typeParsers: Record<number, (value: string) => unknown> = {
  [PG_TYPE.int8]: (value) => Number(value),
  [PG_TYPE.date]: (value) => value,
  [PG_TYPE.numeric]: (value) => value,
};
