import { dayFromIso, isoFromDay } from './dates.ts';

/**
 * Seeded pseudo-random numbers: sfc32 (Chris Doty-Humphrey's Small Fast Counting generator) seeded
 * through cyrb128. Everything the generator makes derives from one seed, so the same seed gives
 * the same population on every machine; Math.random is never used.
 */
export class Random {
  private a: number;
  private b: number;
  private c: number;
  private d: number;

  constructor(seed: number | string) {
    [this.a, this.b, this.c, this.d] = cyrb128(`${typeof seed}:${String(seed)}`);
    this.warmUp();
  }

  /** An independent stream whose state is drawn from this one (used per household). */
  fork(): Random {
    const child = new Random(0);
    child.a = this.next();
    child.b = this.next();
    child.c = this.next();
    child.d = this.next();
    child.warmUp();
    return child;
  }

  // The first outputs of sfc32 still show the seed's structure; discarding them is customary.
  private warmUp(): void {
    for (let i = 0; i < 12; i++) this.next();
  }

  /** Uniform unsigned 32-bit integer. */
  next(): number {
    const t = (((this.a + this.b) | 0) + this.d) | 0;
    this.d = (this.d + 1) | 0;
    this.a = this.b ^ (this.b >>> 9);
    this.b = (this.c + (this.c << 3)) | 0;
    this.c = (this.c << 21) | (this.c >>> 11);
    this.c = (this.c + t) | 0;
    return t >>> 0;
  }

  /** Uniform in [0, 1). */
  float(): number {
    return this.next() / 4_294_967_296;
  }

  /** Uniform integer in [min, max], both inclusive. */
  int(min: number, max: number): number {
    if (max < min) throw new RangeError(`int(${min}, ${max}): empty range`);
    return min + Math.floor(this.float() * (max - min + 1));
  }

  chance(probability: number): boolean {
    return this.float() < probability;
  }

  pick<T>(items: readonly T[]): T {
    if (items.length === 0) throw new RangeError('pick from an empty list');
    return items[Math.floor(this.float() * items.length)] as T;
  }

  /** One of the items with probability proportional to its weight. */
  weighted<T>(items: readonly (readonly [T, number])[]): T {
    let total = 0;
    for (const [, weight] of items) total += weight;
    let roll = this.float() * total;
    for (const [item, weight] of items) {
      roll -= weight;
      if (roll < 0) return item;
    }
    const last = items.at(-1);
    if (last === undefined) throw new RangeError('weighted pick from an empty list');
    return last[0];
  }

  /** Approximately normal (Irwin–Hall of four uniforms): cheap and bounded to mean ± 3.46 sd. */
  normal(mean: number, sd: number): number {
    const sum = this.float() + this.float() + this.float() + this.float();
    return mean + (sum - 2) * sd * Math.sqrt(3);
  }

  /** A day number (see dates.ts) in [from, to], both inclusive. */
  dayBetween(from: number, to: number): number {
    return this.int(from, to);
  }

  /** A YYYY-MM-DD date in [from, to], both inclusive. */
  dateBetween(from: string, to: string): string {
    return isoFromDay(this.int(dayFromIso(from), dayFromIso(to)));
  }
}

/**
 * A weighted table built once and picked from many times: cumulative weights and a binary
 * search, so a pick over the ~150 settlements costs a handful of comparisons.
 */
export class WeightedTable<T> {
  private readonly items: readonly T[];
  private readonly cumulative: Float64Array;
  private readonly total: number;

  constructor(entries: readonly (readonly [T, number])[]) {
    if (entries.length === 0) throw new RangeError('WeightedTable needs at least one entry');
    this.items = entries.map(([item]) => item);
    this.cumulative = new Float64Array(entries.length);
    let total = 0;
    entries.forEach(([, weight], i) => {
      if (!(weight >= 0)) throw new RangeError(`weight must be ≥ 0, got ${weight}`);
      total += weight;
      this.cumulative[i] = total;
    });
    if (total <= 0) throw new RangeError('WeightedTable needs a positive total weight');
    this.total = total;
  }

  pick(random: Random): T {
    const roll = random.float() * this.total;
    let low = 0;
    let high = this.cumulative.length - 1;
    while (low < high) {
      const mid = (low + high) >>> 1;
      if ((this.cumulative[mid] ?? 0) > roll) high = mid;
      else low = mid + 1;
    }
    return this.items[low] as T;
  }
}

/** cyrb128 string hash (public domain, bryc): four well-mixed 32-bit words from any string. */
function cyrb128(text: string): [number, number, number, number] {
  let h1 = 1779033703;
  let h2 = 3144134277;
  let h3 = 1013904242;
  let h4 = 2773480762;
  for (let i = 0; i < text.length; i++) {
    const k = text.charCodeAt(i);
    h1 = h2 ^ Math.imul(h1 ^ k, 597399067);
    h2 = h3 ^ Math.imul(h2 ^ k, 2869860233);
    h3 = h4 ^ Math.imul(h3 ^ k, 951274213);
    h4 = h1 ^ Math.imul(h4 ^ k, 2716044179);
  }
  h1 = Math.imul(h3 ^ (h1 >>> 18), 597399067);
  h2 = Math.imul(h4 ^ (h2 >>> 22), 2869860233);
  h3 = Math.imul(h1 ^ (h3 >>> 17), 951274213);
  h4 = Math.imul(h2 ^ (h4 >>> 19), 2716044179);
  h1 ^= h2 ^ h3 ^ h4;
  h2 ^= h1;
  h3 ^= h1;
  h4 ^= h1;
  return [h1 >>> 0, h2 >>> 0, h3 >>> 0, h4 >>> 0];
}

/** A 32-bit integer hash (murmur3's finaliser): spreads counters and dates into codes. */
export function mix32(value: number): number {
  let h = value | 0;
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}
