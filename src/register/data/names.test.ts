import { describe, expect, it } from 'vitest';
import { FEMALE_GIVEN_NAMES, MALE_GIVEN_NAMES, SURNAMES, toLatinLetters } from './names.ts';

describe('names', () => {
  it('offer at least 60 given names of each sex and 80 surname pairs', () => {
    expect(MALE_GIVEN_NAMES.length).toBeGreaterThanOrEqual(60);
    expect(FEMALE_GIVEN_NAMES.length).toBeGreaterThanOrEqual(60);
    expect(SURNAMES.length).toBeGreaterThanOrEqual(80);
    expect(MALE_GIVEN_NAMES).toEqual(expect.arrayContaining(['Jānis', 'Andris', 'Kārlis']));
    expect(FEMALE_GIVEN_NAMES).toEqual(expect.arrayContaining(['Anna', 'Kristīne', 'Līga']));
    expect(SURNAMES).toEqual(
      expect.arrayContaining([
        { male: 'Bērziņš', female: 'Bērziņa', origin: 'latvian' },
        { male: 'Jansons', female: 'Jansone', origin: 'latvian' },
        { male: 'Liepa', female: 'Liepa', origin: 'latvian' },
      ]),
    );
  });

  it('list each surname once, every form written in letters only', () => {
    expect(new Set(SURNAMES.map((s) => s.male)).size).toBe(SURNAMES.length);
    for (const { male, female } of SURNAMES) {
      expect(male).toMatch(/^\p{Lu}\p{Ll}+$/u);
      expect(female).toMatch(/^\p{Lu}\p{Ll}+$/u);
    }
  });

  it('transliterate to the 26 Latin letters', () => {
    expect(toLatinLetters('Kļaviņš')).toBe('Klavins');
    expect(toLatinLetters('ĀČĒĢĪĶĻŅŠŪŽ āčēģīķļņšūž')).toBe('ACEGIKLNSUZ acegiklnsuz');
    expect(toLatinLetters('Ģertrūdes iela')).toBe('Gertrudes iela');
    expect(toLatinLetters('Anna')).toBe('Anna');
  });
});
