import { describe, expect, it } from 'vitest';
import { loggableErrorText, loggablePath, maskPersonalData } from './logger.ts';

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

describe('what a log line may hold of a request and an error', () => {
  it('masks a personal code in a path even when it is percent-encoded, and drops the query', () => {
    expect(loggablePath('/api/v1/persons/%31%36%31%31%37%35%2D%31%39%39%39%37?x=1')).toBe(
      '/api/v1/persons/******-*****',
    );
    expect(loggablePath('/a/%E0%A4%A/161175-19997')).toBe('/a/%E0%A4%A/******-*****');
  });

  it("leaves out the values a database error quotes from the caller's input", () => {
    expect(loggableErrorText('invalid input syntax for type bigint: "Infinity"')).toBe(
      'invalid input syntax for type bigint: "…"',
    );
    expect(
      loggableErrorText(
        'duplicate key value violates unique constraint "x"\nKey (email)=(anna@example.lv) already exists.',
      ),
    ).toBe('duplicate key value violates unique constraint "…"\nKey (…)=(…) already exists.');
    expect(loggableErrorText('no person 290156-11605')).toBe('no person ******-*****');
    expect(loggableErrorText(undefined)).toBeUndefined();
  });
});
