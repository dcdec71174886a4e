import { describe, expect, it } from 'vitest';
import { maskPersonalData } from './logger.ts';

describe('maskPersonalData', () => {
  it('masks personal codes in both forms and keeps the rest', () => {
    expect(maskPersonalData('/x/161175-19997/y?c=32073120115')).toBe(
      '/x/******-*****/y?c=******-*****',
    );
  });
  it('leaves other numbers alone', () => {
    expect(maskPersonalData('/invoices/2026-000123')).toBe('/invoices/2026-000123');
  });
});
