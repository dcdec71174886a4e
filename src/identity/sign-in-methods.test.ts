import { describe, expect, it } from 'vitest';
import { methodFromAmr } from './sign-in-methods.ts';

describe('methodFromAmr', () => {
  it('takes the first method we know from the amr claim', () => {
    expect(methodFromAmr(['eid'])).toBe('eid');
    expect(methodFromAmr(['pwd', 'bank_seb'])).toBe('bank_seb');
    expect(methodFromAmr(['smart_card'])).toBe('smart_card');
  });

  it('answers null for nothing known or not a list', () => {
    expect(methodFromAmr(['pwd'])).toBeNull();
    expect(methodFromAmr('eid')).toBeNull();
    expect(methodFromAmr(undefined)).toBeNull();
  });
});
