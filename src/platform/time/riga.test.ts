import { describe, expect, it } from 'vitest';
import { rigaDate } from './riga.ts';

describe('rigaDate', () => {
  it('is already the next day in Riga before midnight UTC', () => {
    expect(rigaDate(new Date('2026-12-31T22:30:00Z'))).toBe('2027-01-01');
    expect(rigaDate(new Date('2026-07-01T20:59:00Z'))).toBe('2026-07-01');
    expect(rigaDate(new Date('2026-07-01T21:00:00Z'))).toBe('2026-07-02');
  });
});
