/**
 * Shapes of the bundled administrative-territory data (the division in force since the 2021
 * reform) and the small builders the data files use, so each settlement fits on a few lines.
 */

/** state_city: valstspilsēta; town: pilsēta inside a novads; village: ciems. */
export type SettlementKind = 'state_city' | 'town' | 'village';

export interface Settlement {
  name: string;
  kind: SettlementKind;
  /** Numeric parts of its postal codes, inclusive ('LV-1001'..'LV-1084' is [1001, 1084]). */
  postalCodes: readonly [number, number];
  /** Rough population in thousands; only the proportions matter. */
  population: number;
  streets: readonly string[];
}

export interface Municipality {
  /** 'Rīga' for a state city, 'Cēsu novads' for a novads. */
  name: string;
  kind: 'state_city' | 'novads';
  /** Genitive stem ('Rīgas', 'Cēsu'), from which office names are formed. */
  genitive: string;
  /** Rough population in thousands (2023), for weighting where persons live. */
  population: number;
  /** Genitive of the town whose PMLP office serves it ('Rīgas' has numbered offices). */
  pmlpOffice: string;
  settlements: readonly Settlement[];
}

type PostalCodes = number | readonly [number, number];

function settlement(
  kind: SettlementKind,
  name: string,
  postal: PostalCodes,
  population: number,
  streets: readonly string[],
): Settlement {
  const postalCodes: readonly [number, number] =
    typeof postal === 'number' ? [postal, postal] : postal;
  return { name, kind, postalCodes, population, streets };
}

export const town = (
  name: string,
  postal: PostalCodes,
  population: number,
  streets: readonly string[],
): Settlement => settlement('town', name, postal, population, streets);

export const village = (
  name: string,
  postal: PostalCodes,
  population: number,
  streets: readonly string[],
): Settlement => settlement('village', name, postal, population, streets);

/** Jēkabpils and Valmiera are state cities that lie inside a novads. */
export const cityInNovads = (
  name: string,
  postal: PostalCodes,
  population: number,
  streets: readonly string[],
): Settlement => settlement('state_city', name, postal, population, streets);

export function stateCity(
  name: string,
  genitive: string,
  population: number,
  postal: PostalCodes,
  streets: readonly string[],
): Municipality {
  return {
    name,
    kind: 'state_city',
    genitive,
    population,
    pmlpOffice: genitive,
    settlements: [settlement('state_city', name, postal, population, streets)],
  };
}

export function novads(
  genitive: string,
  population: number,
  settlements: readonly Settlement[],
  pmlpOffice: string = genitive,
): Municipality {
  return {
    name: `${genitive} novads`,
    kind: 'novads',
    genitive,
    population,
    pmlpOffice,
    settlements,
  };
}

/** The civil registry office that registers births and marriages in the municipality. */
export function registryOffice(m: Municipality): string {
  return m.kind === 'state_city'
    ? `${m.genitive} pilsētas dzimtsarakstu nodaļa`
    : `${m.genitive} novada dzimtsarakstu nodaļa`;
}
