import { makeNewFormatCode, makeOldFormatCode } from '../personal-code.ts';
import { isoFromDay } from './dates.ts';
import { mix32, type Random } from './random.ts';

/**
 * A counter spread over [0, modulus) by an affine map i → (a·i + b) mod modulus. With a coprime to
 * the modulus the map is a bijection, so numbers never repeat until the counter passes the
 * modulus — uniqueness without remembering what was handed out, and numbers that do not look
 * sequential. `a` stays below 2²⁰ so that a·i stays exact in a double for moduli up to 10⁸.
 */
class SpreadCounter {
  private count = 0;
  private readonly multiplier: number;

  constructor(
    private readonly modulus: number,
    random: Random,
    private readonly offset = random.int(0, modulus - 1),
  ) {
    // Moduli here are powers of ten: coprime means odd and not a multiple of 5.
    let a = random.int(100_001, 999_999) | 1;
    if (a % 5 === 0) a += 2;
    this.multiplier = a;
  }

  next(what: string): number {
    if (this.count >= this.modulus) throw new RangeError(`${what}: all ${this.modulus} used`);
    const value = (this.multiplier * this.count + this.offset) % this.modulus;
    this.count++;
    return value;
  }
}

const OLD_FORMAT_SERIALS = 1000;
// Any step coprime to 1000 visits every serial once; 379 scatters consecutive serials.
const SERIAL_STEP = 379;

/**
 * Personal codes, unique across a run. Old-format codes hold the birth date and a serial 0..999,
 * so a count per birth date (a few tens of thousands of dates for two million persons) is all the
 * memory uniqueness needs. New-format codes come from a spread counter.
 */
export class PersonalCodeAllocator {
  private readonly usedSerials = new Map<number, number>();
  private readonly dateSalt: number;
  private readonly newCodes: SpreadCounter;

  constructor(random: Random) {
    this.dateSalt = random.next();
    this.newCodes = new SpreadCounter(100_000_000, random);
  }

  /**
   * An old-format code for someone born on `birthDay`. When all 1000 serials of that date are
   * taken (only in populations far denser than Latvia's) the person is born a day earlier instead.
   */
  oldFormat(birthDay: number): { code: string; birthDay: number } {
    let day = birthDay;
    let used = this.usedSerials.get(day) ?? 0;
    while (used >= OLD_FORMAT_SERIALS) {
      day -= 1;
      used = this.usedSerials.get(day) ?? 0;
    }
    this.usedSerials.set(day, used + 1);
    const serial = (mix32(day ^ this.dateSalt) + used * SERIAL_STEP) % OLD_FORMAT_SERIALS;
    return { code: makeOldFormatCode(isoFromDay(day), serial), birthDay: day };
  }

  newFormat(): string {
    return makeNewFormatCode(this.newCodes.next('new-format personal codes'));
  }
}

/** Document numbers: two letters and seven digits, unique per series across a run. */
export class DocumentNumbers {
  private readonly series = new Map<string, SpreadCounter>();

  constructor(private readonly random: Random) {}

  next(letters: string): string {
    let counter = this.series.get(letters);
    if (counter === undefined) {
      counter = new SpreadCounter(10_000_000, this.random);
      this.series.set(letters, counter);
    }
    return `${letters}${String(counter.next(`document series ${letters}`)).padStart(7, '0')}`;
  }
}
