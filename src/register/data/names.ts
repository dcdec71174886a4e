/**
 * Latvian given names and surnames for test persons. Names are grouped by the era in which they
 * were popular, so a person born in 1935 is an Arvīds or a Velta rather than an Emīls, and by
 * origin, because about a quarter of residents have Russian-speaking families whose names the
 * register writes in their Latvian form (Ivanovs, Jeļena).
 */

export type NameSex = 'male' | 'female';
export type NameOrigin = 'latvian' | 'slavic';
/** Birth years in which the names were common. */
export type NameEra = 'before_1960' | 'from_1960_to_1995' | 'after_1995';

export interface GivenNameGroup {
  sex: NameSex;
  origin: NameOrigin;
  era: NameEra;
  names: readonly string[];
}

/** Whitespace-separated words: keeps long name lists compact and diff-friendly. */
function words(text: string): readonly string[] {
  return text.split(/\s+/).filter((w) => w !== '');
}

export const GIVEN_NAME_GROUPS: readonly GivenNameGroup[] = [
  {
    sex: 'male',
    origin: 'latvian',
    era: 'before_1960',
    names: words(`
      Jānis Pēteris Kārlis Arvīds Voldemārs Alfrēds Ēvalds Imants Gunārs Valdis Visvaldis
      Eduards Augusts Teodors Ernests Indriķis Vilis Žanis Antons Staņislavs Harijs Roberts
      Edgars
    `),
  },
  {
    sex: 'male',
    origin: 'latvian',
    era: 'from_1960_to_1995',
    names: words(`
      Andris Juris Aivars Guntis Māris Uldis Ivars Aigars Normunds Gints Arnis Dainis Edgars
      Mārtiņš Raivis Kaspars Gatis Ainārs Armands Jurģis Sandis Egils Agris Artūrs Kristaps
      Jānis Kārlis Ēriks Intars Reinis
    `),
  },
  {
    sex: 'male',
    origin: 'latvian',
    era: 'after_1995',
    names: words(`
      Roberts Markuss Emīls Gustavs Ralfs Daniels Artūrs Kristaps Rainers Olivers Toms Mārcis
      Ričards Rihards Niks Patriks Dāvis Mārtiņš Jēkabs Tomass Kārlis Renārs Ēriks Matīss
      Jānis Miks
    `),
  },
  {
    sex: 'male',
    origin: 'slavic',
    era: 'before_1960',
    names: words(`
      Vladimirs Nikolajs Ivans Mihails Jurijs Anatolijs Vasilijs Boriss
    `),
  },
  {
    sex: 'male',
    origin: 'slavic',
    era: 'from_1960_to_1995',
    names: words(`
      Aleksandrs Sergejs Dmitrijs Andrejs Igors Olegs Viktors Deniss Vadims Jevgeņijs Vitālijs
      Konstantīns
    `),
  },
  {
    sex: 'male',
    origin: 'slavic',
    era: 'after_1995',
    names: words(`
      Maksims Kirils Artjoms Daniils Nikita Aleksandrs Ņikita Iļja
    `),
  },
  {
    sex: 'female',
    origin: 'latvian',
    era: 'before_1960',
    names: words(`
      Anna Marija Elza Zelma Milda Velta Vera Skaidrīte Austra Ausma Rasma Dzidra Biruta Ilga
      Ruta Aina Ārija Lidija Emīlija Helēna Mirdza Valija Irēna
    `),
  },
  {
    sex: 'female',
    origin: 'latvian',
    era: 'from_1960_to_1995',
    names: words(`
      Ilze Inese Līga Kristīne Sandra Inga Dace Ieva Agnese Linda Santa Zane Baiba Gunta Iveta
      Daiga Anita Ingūna Evija Sanita Laura Diāna Elīna Liene Madara Marta Dace Kristiāna
    `),
  },
  {
    sex: 'female',
    origin: 'latvian',
    era: 'after_1995',
    names: words(`
      Sofija Alise Marta Elīza Paula Emīlija Elizabete Amēlija Keita Luīze Estere Madara
      Annija Katrīna Laura Anna Līva Megija Evelīna Marija Ketija Rēzija Elza Beatrise
    `),
  },
  {
    sex: 'female',
    origin: 'slavic',
    era: 'before_1960',
    names: words(`
      Valentīna Ludmila Gaļina Tamāra Zinaīda Olga Nina Antoņina
    `),
  },
  {
    sex: 'female',
    origin: 'slavic',
    era: 'from_1960_to_1995',
    names: words(`
      Jeļena Tatjana Natālija Svetlana Irina Marina Olga Jekaterina Anastasija Kristīna Jūlija
      Oksana
    `),
  },
  {
    sex: 'female',
    origin: 'slavic',
    era: 'after_1995',
    names: words(`
      Anastasija Viktorija Darja Polina Sofija Alīna Veronika Jana
    `),
  },
];

function uniqueNames(sex: NameSex): readonly string[] {
  return [...new Set(GIVEN_NAME_GROUPS.filter((g) => g.sex === sex).flatMap((g) => g.names))];
}

export const MALE_GIVEN_NAMES: readonly string[] = uniqueNames('male');
export const FEMALE_GIVEN_NAMES: readonly string[] = uniqueNames('female');

/** A surname in its masculine and feminine forms (some, like Liepa, have one form for both). */
export interface SurnamePair {
  male: string;
  female: string;
  origin: NameOrigin;
}

// 'masculine/feminine', several to a line so the lists stay readable.
const LATVIAN_SURNAMES = `
  Bērziņš/Bērziņa Kalniņš/Kalniņa Ozols/Ozola Jansons/Jansone Ozoliņš/Ozoliņa Liepiņš/Liepiņa
  Krūmiņš/Krūmiņa Balodis/Balode Zariņš/Zariņa Pētersons/Pētersone Vītols/Vītola Kļaviņš/Kļaviņa
  Liepa/Liepa Kalējs/Kalēja Klāviņš/Klāviņa Eglītis/Eglīte Zvaigzne/Zvaigzne Siliņš/Siliņa
  Vanags/Vanaga Lapiņš/Lapiņa Kārkliņš/Kārkliņa Sproģis/Sproģe Rozenbergs/Rozenberga
  Āboliņš/Āboliņa Bērzs/Bērza Grīnbergs/Grīnberga Šmits/Šmite Lūsis/Lūse Zālītis/Zālīte
  Kalns/Kalna Gailis/Gaile Strazdiņš/Strazdiņa Priede/Priede Vilks/Vilka Lācis/Lāce
  Freimanis/Freimane Ābele/Ābele Celmiņš/Celmiņa Rudzītis/Rudzīte Mednis/Medne Skuja/Skuja
  Kreicbergs/Kreicberga Feldmanis/Feldmane Millers/Millere Cīrulis/Cīrule Briedis/Briede
  Dzenis/Dzene Roze/Roze Putniņš/Putniņa Birznieks/Birzniece Krastiņš/Krastiņa Ābols/Ābola
  Apinis/Apine Avotiņš/Avotiņa Bite/Bite Gulbis/Gulbe Irbe/Irbe Jaunzems/Jaunzeme
  Kauliņš/Kauliņa Krauze/Krauze Lejiņš/Lejiņa Mūrnieks/Mūrniece Pērkons/Pērkona Rubenis/Rubene
  Sīlis/Sīle Upītis/Upīte Vējiņš/Vējiņa Vīksna/Vīksna Zeltiņš/Zeltiņa Zvirbulis/Zvirbule
  Strods/Stroda Purmalis/Purmale Grāvītis/Grāvīte Lazdiņš/Lazdiņa Riekstiņš/Riekstiņa
  Kronbergs/Kronberga Ūdris/Ūdre Dreimanis/Dreimane Dravnieks/Dravniece Pakalns/Pakalna
  Žagars/Žagare Jēkabsons/Jēkabsone Andersons/Andersone Ziemelis/Ziemele Dumpis/Dumpe Egle/Egle
`;

const SLAVIC_SURNAMES = `
  Ivanovs/Ivanova Petrovs/Petrova Smirnovs/Smirnova Kuzņecovs/Kuzņecova Vasiļjevs/Vasiļjeva
  Popovs/Popova Sokolovs/Sokolova Novikovs/Novikova Morozovs/Morozova Volkovs/Volkova
  Fjodorovs/Fjodorova Pavlovs/Pavlova Semjonovs/Semjonova Jakovļevs/Jakovļeva Orlovs/Orlova
  Kozlovs/Kozlova Lebedevs/Lebedeva Jegorovs/Jegorova Nikolajevs/Nikolajeva Zaharovs/Zaharova
  Kozlovskis/Kozlovska Jankovskis/Jankovska Vasiļevskis/Vasiļevska Grigorjevs/Grigorjeva
`;

function surnamePairs(text: string, origin: NameOrigin): SurnamePair[] {
  return words(text).map((pair) => {
    const [male = '', female = ''] = pair.split('/');
    return { male, female, origin };
  });
}

export const SURNAMES: readonly SurnamePair[] = [
  ...surnamePairs(LATVIAN_SURNAMES, 'latvian'),
  ...surnamePairs(SLAVIC_SURNAMES, 'slavic'),
];

// Letter by letter: each diacritic letter and its plain Latin counterpart at the same position.
// ō and ŗ belong to the pre-1946 spelling that older persons' birth records still carry.
const WITH_DIACRITICS = 'āčēģīķļņšūžōŗĀČĒĢĪĶĻŅŠŪŽŌŖ';
const PLAIN_LATIN = 'acegiklnsuzorACEGIKLNSUZOR';
// All these letters are single UTF-16 code units, so indexing by position is safe.
const LATIN_LETTERS = new Map(
  Array.from({ length: WITH_DIACRITICS.length }, (_, i) => [
    WITH_DIACRITICS.charAt(i),
    PLAIN_LATIN.charAt(i),
  ]),
);
const DIACRITICS = new RegExp(`[${WITH_DIACRITICS}]`, 'g');

/** The name in the 26 Latin letters, as machine-readable zones and foreign systems need it. */
export function toLatinLetters(s: string): string {
  return s.replace(DIACRITICS, (c) => LATIN_LETTERS.get(c) ?? c);
}
