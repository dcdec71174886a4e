import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Random, WeightedTable } from './random.ts';

describe('Random', () => {
  it('repeats its sequence for the same seed and differs for another', () => {
    const draw = (seed: number | string): number[] => {
      const random = new Random(seed);
      return Array.from({ length: 20 }, () => random.next());
    };
    expect(draw('a')).toEqual(draw('a'));
    expect(draw('a')).not.toEqual(draw('b'));
    // A number and the string of its digits are different seeds.
    expect(draw(1)).not.toEqual(draw('1'));
  });

  it('forks streams that are reproducible and independent of each other', () => {
    const first = new Random(9);
    const second = new Random(9);
    const a = first.fork();
    const b = first.fork();
    expect(second.fork().next()).toBe(a.next());
    expect(a.next()).not.toBe(b.next());
  });

  it('keeps int() within its inclusive bounds', () => {
    fc.assert(
      fc.property(
        fc.integer(),
        fc.integer({ min: -1000, max: 1000 }),
        fc.nat(1000),
        (seed, min, span) => {
          const random = new Random(seed);
          for (let i = 0; i < 20; i++) {
            const value = random.int(min, min + span);
            expect(Number.isInteger(value) && value >= min && value <= min + span).toBe(true);
          }
        },
      ),
    );
    expect(() => new Random(1).int(2, 1)).toThrow(RangeError);
  });

  it('picks dates within the range and floats in [0, 1)', () => {
    const random = new Random('dates');
    for (let i = 0; i < 1000; i++) {
      const date = random.dateBetween('2020-02-27', '2020-03-02');
      expect(date >= '2020-02-27' && date <= '2020-03-02').toBe(true);
      const f = random.float();
      expect(f >= 0 && f < 1).toBe(true);
    }
  });

  it('honours weights, both ad hoc and in a table', () => {
    const random = new Random('weights');
    const table = new WeightedTable<string>([
      ['rare', 1],
      ['never', 0],
      ['common', 9],
    ]);
    const counts = { rare: 0, never: 0, common: 0 } as Record<string, number>;
    for (let i = 0; i < 10_000; i++) {
      const key = table.pick(random);
      counts[key] = (counts[key] ?? 0) + 1;
    }
    expect(counts.never).toBe(0);
    expect(counts.common).toBeGreaterThan(8_700);
    expect(counts.common).toBeLessThan(9_300);
    let heads = 0;
    for (let i = 0; i < 10_000; i++)
      if (
        random.weighted([
          [true, 3],
          [false, 1],
        ] as const)
      )
        heads++;
    expect(heads).toBeGreaterThan(7_200);
    expect(heads).toBeLessThan(7_800);
  });
});
