import { AddressPicker } from './address-picker.ts';
import type { Random } from './random.ts';
import { DocumentNumbers, PersonalCodeAllocator } from './unique-numbers.ts';

/** What lives for a whole run: the date it plays on and the counters that keep numbers unique. */
export interface GeneratorContext {
  /** Day number of "today": nothing happens after it. */
  today: number;
  codes: PersonalCodeAllocator;
  documentNumbers: DocumentNumbers;
  addresses: AddressPicker;
}

let sharedPicker: AddressPicker | undefined;

export function createContext(master: Random, today: number): GeneratorContext {
  // The picker holds only derived, read-only tables over the bundled data; one serves all runs.
  sharedPicker ??= new AddressPicker();
  return {
    today,
    codes: new PersonalCodeAllocator(master.fork()),
    documentNumbers: new DocumentNumbers(master.fork()),
    addresses: sharedPicker,
  };
}
