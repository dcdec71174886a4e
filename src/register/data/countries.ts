/**
 * Foreign countries that matter for Latvia's residents: where foreign nationals come from and where
 * residents born abroad were born. Cities carry their Latvian names, as the register writes them.
 */
export interface ForeignCountry {
  /** ISO 3166-1 alpha-2. */
  code: string;
  cities: readonly string[];
  /** Relative share among foreign nationals living in Latvia. */
  foreignNationals: number;
  /** Relative share among non-citizens born outside Latvia (former USSR republics only). */
  nonCitizenBirths: number;
  /** Relative share among citizens born abroad (emigrant families, mostly). */
  citizenBirths: number;
  /** Whether its people's names are written in our Slavic-origin forms. */
  slavicNames: boolean;
}

export const FOREIGN_COUNTRIES: readonly ForeignCountry[] = [
  country('RU', ['Maskava', 'Sanktpēterburga', 'Pleskava', 'Smoļenska'], 40, 55, 3, true),
  country('UA', ['Kijiva', 'Harkiva', 'Odesa', 'Ļviva'], 22, 12, 1, true),
  country('BY', ['Minska', 'Vitebska', 'Gomeļa', 'Polocka'], 9, 20, 1, true),
  country('KZ', ['Almati', 'Karaganda'], 1, 5, 0, true),
  country('LT', ['Viļņa', 'Kauņa', 'Šauļi', 'Klaipēda'], 8, 3, 2, false),
  country('EE', ['Tallina', 'Tartu', 'Pērnava'], 3, 2, 1, false),
  country('DE', ['Berlīne', 'Minhene', 'Hamburga'], 4, 0, 4, false),
  country('PL', ['Varšava', 'Krakova', 'Gdaņska'], 3, 0, 0, false),
  country('GB', ['Londona', 'Birmingema', 'Mančestra'], 2, 0, 8, false),
  country('IE', ['Dublina', 'Korka'], 1, 0, 6, false),
  country('SE', ['Stokholma', 'Gēteborga'], 1, 0, 2, false),
  country('FI', ['Helsinki', 'Turku'], 1, 0, 1, false),
  country('US', ['Ņujorka', 'Čikāga', 'Bostona'], 1, 0, 2, false),
];

function country(
  code: string,
  cities: readonly string[],
  foreignNationals: number,
  nonCitizenBirths: number,
  citizenBirths: number,
  slavicNames: boolean,
): ForeignCountry {
  return { code, cities, foreignNationals, nonCitizenBirths, citizenBirths, slavicNames };
}
