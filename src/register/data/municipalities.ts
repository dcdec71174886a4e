import type { Municipality } from './municipality.ts';
import { NOVADI } from './novadi.ts';
import { STATE_CITY_MUNICIPALITIES } from './state-cities.ts';

export type { Municipality, Settlement, SettlementKind } from './municipality.ts';
export { registryOffice } from './municipality.ts';

/** The 43 municipalities: 7 state cities, then the 36 novadi. The order is part of the data. */
export const MUNICIPALITIES: readonly Municipality[] = [...STATE_CITY_MUNICIPALITIES, ...NOVADI];

const byName = new Map(MUNICIPALITIES.map((m) => [m.name, m]));

export function findMunicipality(name: string): Municipality | undefined {
  return byName.get(name);
}
