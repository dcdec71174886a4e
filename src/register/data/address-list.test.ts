import { describe, expect, it } from 'vitest';
import { buildAddressList, formatAddress, type AddressListEntry } from './address-list.ts';
import { MUNICIPALITIES } from './municipalities.ts';

describe('municipalities', () => {
  it('include the seven state-city municipalities and at least 30 novadi', () => {
    const stateCities = MUNICIPALITIES.filter((m) => m.kind === 'state_city').map((m) => m.name);
    expect(stateCities.sort()).toEqual(
      ['Daugavpils', 'Jelgava', 'Jūrmala', 'Liepāja', 'Rēzekne', 'Rīga', 'Ventspils'].sort(),
    );
    expect(MUNICIPALITIES.filter((m) => m.kind === 'novads').length).toBeGreaterThanOrEqual(30);
    const settlements = MUNICIPALITIES.flatMap((m) => m.settlements);
    // Jēkabpils and Valmiera are state cities inside their novadi.
    expect(settlements.filter((s) => s.kind === 'state_city').map((s) => s.name)).toEqual(
      expect.arrayContaining(['Jēkabpils', 'Valmiera']),
    );
  });

  it('give big cities at least five streets and every other place at least two', () => {
    for (const settlement of MUNICIPALITIES.flatMap((m) => m.settlements)) {
      const minimum = settlement.kind === 'state_city' ? 5 : 2;
      expect(settlement.streets.length, settlement.name).toBeGreaterThanOrEqual(minimum);
      expect(new Set(settlement.streets).size, settlement.name).toBe(settlement.streets.length);
    }
  });
});

describe('buildAddressList', () => {
  const list = buildAddressList();

  it('returns the same cached list every call', () => {
    expect(buildAddressList()).toBe(list);
    expect(Object.isFrozen(list)).toBe(true);
  });

  it('gives every address a unique 9-digit code and a postal code', () => {
    const codes = new Set(list.map((a) => a.code));
    expect(codes.size).toBe(list.length);
    for (const address of list) {
      expect(address.code).toMatch(/^[1-9]\d{8}$/);
      expect(address.postalCode).toMatch(/^LV-\d{4}$/);
    }
    const riga = list.filter((a) => a.settlement === 'Rīga');
    for (const address of riga) {
      const n = Number(address.postalCode.slice(3));
      expect(n >= 1001 && n <= 1084).toBe(true);
    }
  });

  it('keeps codes stable: they follow from the address, not from its position', () => {
    // Pinned: the database and saved test fixtures refer to these codes.
    const find = (settlement: string, street: string, house: string) =>
      list.find((a) => a.settlement === settlement && a.street === street && a.house === house);
    expect(find('Rīga', 'Brīvības iela', '12')?.code).toBe('441221799');
    expect(find('Cēsis', 'Rīgas iela', '3')).toEqual({
      code: '650333031',
      municipality: 'Cēsu novads',
      settlement: 'Cēsis',
      street: 'Rīgas iela',
      house: '3',
      postalCode: 'LV-4101',
    });
    expect(find('Rīga', 'Brīvības iela', '12A')).toBeDefined();
    expect(list.length).toBeGreaterThan(5_000);
  });
});

describe('formatAddress', () => {
  const entry = (overrides: Partial<AddressListEntry>): AddressListEntry => ({
    code: '100000001',
    municipality: 'Rīga',
    settlement: 'Rīga',
    street: 'Brīvības iela',
    house: '12',
    postalCode: 'LV-1010',
    ...overrides,
  });

  it('writes addresses in the Latvian order', () => {
    expect(formatAddress(entry({}), '5')).toBe('Brīvības iela 12 - 5, Rīga, LV-1010');
    expect(formatAddress(entry({}))).toBe('Brīvības iela 12, Rīga, LV-1010');
    expect(formatAddress(entry({}), null)).toBe('Brīvības iela 12, Rīga, LV-1010');
    const cesis = entry({
      municipality: 'Cēsu novads',
      settlement: 'Cēsis',
      street: 'Rīgas iela',
      house: '3',
      postalCode: 'LV-4101',
    });
    expect(formatAddress(cesis)).toBe('Rīgas iela 3, Cēsis, Cēsu nov., LV-4101');
    const valmiera = entry({ municipality: 'Valmieras novads', settlement: 'Valmiera' });
    expect(formatAddress(valmiera)).toBe('Brīvības iela 12, Valmiera, LV-1010');
  });
});
