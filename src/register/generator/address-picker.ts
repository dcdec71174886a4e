import { buildAddressList, type AddressListEntry } from '../data/address-list.ts';
import {
  MUNICIPALITIES,
  type Municipality,
  type Settlement,
  type SettlementKind,
} from '../data/municipalities.ts';
import { mix32, WeightedTable, type Random } from './random.ts';

/** A settlement's run of entries in the address list. */
export interface SettlementSlot {
  municipality: Municipality;
  settlement: Settlement;
  first: number;
  count: number;
}

export interface PickedAddress {
  entry: AddressListEntry;
  slot: SettlementSlot;
  flat: string | null;
}

// Share of buildings that are blocks of flats: most city dwellers live in flats, villagers less so.
const APARTMENT_SHARE: Record<SettlementKind, number> = {
  state_city: 0.8,
  town: 0.55,
  village: 0.25,
};

/**
 * Picks addresses where people live: a settlement weighted by population, then a building at
 * random. Whether a building has flats, and how many, follows from its address code, so every
 * household in one building agrees.
 */
export class AddressPicker {
  readonly list: readonly AddressListEntry[];
  private readonly slots: readonly SettlementSlot[];
  private readonly anywhere: WeightedTable<SettlementSlot>;
  private readonly byMunicipality: ReadonlyMap<Municipality, WeightedTable<SettlementSlot>>;
  private readonly slotIndexOfEntry: Uint16Array;

  constructor() {
    this.list = buildAddressList();
    this.slots = settlementSlots(this.list);
    this.slotIndexOfEntry = new Uint16Array(this.list.length);
    this.slots.forEach((slot, i) =>
      this.slotIndexOfEntry.fill(i, slot.first, slot.first + slot.count),
    );
    this.anywhere = new WeightedTable(this.slots.map((s) => [s, slotWeight(s)] as const));
    const byMunicipality = new Map<Municipality, WeightedTable<SettlementSlot>>();
    for (const m of MUNICIPALITIES) {
      const own = this.slots.filter((s) => s.municipality === m);
      byMunicipality.set(
        m,
        new WeightedTable(own.map((s) => [s, s.settlement.population] as const)),
      );
    }
    this.byMunicipality = byMunicipality;
  }

  /** A home anywhere in Latvia, weighted by population. */
  pick(random: Random): PickedAddress {
    return this.pickInSlot(random, this.anywhere.pick(random));
  }

  /** A home in the given municipality (moving within the same place is the commonest move). */
  pickIn(random: Random, municipality: Municipality): PickedAddress {
    const table = this.byMunicipality.get(municipality);
    return table === undefined ? this.pick(random) : this.pickInSlot(random, table.pick(random));
  }

  /** A settlement weighted by population, for places of birth and death. */
  pickSlot(random: Random, municipality?: Municipality): SettlementSlot {
    const table = municipality === undefined ? undefined : this.byMunicipality.get(municipality);
    return (table ?? this.anywhere).pick(random);
  }

  slotOf(entryIndex: number): SettlementSlot {
    const slot = this.slots[this.slotIndexOfEntry[entryIndex] ?? 0];
    if (slot === undefined) throw new RangeError(`no address at index ${entryIndex}`);
    return slot;
  }

  private pickInSlot(random: Random, slot: SettlementSlot): PickedAddress {
    const entry = this.list[slot.first + random.int(0, slot.count - 1)];
    if (entry === undefined) throw new RangeError('address slot outside the address list');
    return { entry, slot, flat: flatIn(random, entry, slot.settlement.kind) };
  }
}

function flatIn(random: Random, entry: AddressListEntry, kind: SettlementKind): string | null {
  const building = mix32(Number(entry.code));
  if (building % 1000 >= APARTMENT_SHARE[kind] * 1000) return null;
  // Soviet-era blocks hold 20–120 flats, smaller towns' houses fewer.
  const flats = kind === 'village' ? 4 + (building % 13) : 8 + ((building >>> 10) % 113);
  return String(random.int(1, flats));
}

function slotWeight(slot: SettlementSlot): number {
  const siblings = slot.municipality.settlements;
  let total = 0;
  for (const s of siblings) total += s.population;
  return (slot.municipality.population * slot.settlement.population) / total;
}

/** The address list is in data order, so each settlement's entries are one contiguous run. */
function settlementSlots(list: readonly AddressListEntry[]): SettlementSlot[] {
  const slots: SettlementSlot[] = [];
  let index = 0;
  for (const municipality of MUNICIPALITIES) {
    for (const settlement of municipality.settlements) {
      const first = index;
      while (
        index < list.length &&
        list[index]?.municipality === municipality.name &&
        list[index]?.settlement === settlement.name
      ) {
        index++;
      }
      slots.push({ municipality, settlement, first, count: index - first });
    }
  }
  return slots;
}

/** How the register writes a place: 'Rīga', 'Valmiera', 'Cēsis, Cēsu novads'. */
export function placeName(slot: SettlementSlot): string {
  return slot.settlement.kind === 'state_city'
    ? slot.settlement.name
    : `${slot.settlement.name}, ${slot.municipality.name}`;
}
