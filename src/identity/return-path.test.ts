import { describe, expect, it } from 'vitest';
import { safeReturnPath } from './return-path.ts';

describe('safeReturnPath', () => {
  it('keeps a local path with its query', () => {
    expect(safeReturnPath('/e-pakalpojumi/bdas?lang=en')).toBe('/e-pakalpojumi/bdas?lang=en');
  });

  it('refuses other origins and tricks that browsers read as other origins', () => {
    for (const bad of [
      'https://evil.example',
      '//evil.example/x',
      '/\\evil.example',
      '\\\\evil.example',
      '/\tevil',
      'javascript:alert(1)',
      'evil.example',
      '',
      '/pieteikties',
      '/iziet',
      42,
      undefined,
    ]) {
      expect(safeReturnPath(bad), String(bad)).toBe('/');
    }
  });
});
