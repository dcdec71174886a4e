import { MUNICIPALITIES, type Settlement, type SettlementKind } from './municipalities.ts';

/** One address that may be declared, as the State Address Register would list it. */
export interface AddressListEntry {
  /** 9-digit address code, stable: derived from the address itself, not from its position. */
  code: string;
  municipality: string;
  settlement: string;
  street: string;
  house: string;
  postalCode: string;
}

// Bigger places have longer streets; the numbers keep the list small (about ten thousand entries)
// while giving every street enough buildings for households to spread over.
const HOUSES_PER_STREET: Record<SettlementKind, number> = {
  state_city: 40,
  town: 24,
  village: 12,
};

const MIN_CODE = 100_000_000;
const CODE_SPAN = 900_000_000;

let cached: readonly AddressListEntry[] | undefined;

/**
 * Every street of the bundled data times its house numbers, in data order. The result is cached
 * and frozen: the generator and the database loader share one list.
 */
export function buildAddressList(): readonly AddressListEntry[] {
  cached ??= Object.freeze(expandAddresses());
  return cached;
}

function expandAddresses(): AddressListEntry[] {
  const entries: AddressListEntry[] = [];
  const usedCodes = new Set<number>();
  for (const municipality of MUNICIPALITIES) {
    for (const settlement of municipality.settlements) {
      for (const street of settlement.streets) {
        const postalCode = postalCodeFor(settlement, street);
        for (const house of houseNumbers(settlement.kind)) {
          const code = uniqueCode(
            `${municipality.name}|${settlement.name}|${street}|${house}`,
            usedCodes,
          );
          entries.push({
            code: String(code),
            municipality: municipality.name,
            settlement: settlement.name,
            street,
            house,
            postalCode,
          });
        }
      }
    }
  }
  return entries;
}

function houseNumbers(kind: SettlementKind): string[] {
  const houses: string[] = [];
  for (let n = 1; n <= HOUSES_PER_STREET[kind]; n++) {
    houses.push(String(n));
    // Lettered buildings ('12A') exist wherever plots were split; a few per street is typical.
    if (kind !== 'village' && n % 8 === 4) houses.push(`${n}A`);
  }
  return houses;
}

/** A street keeps one postal code, spread over the settlement's range by its name. */
function postalCodeFor(settlement: Settlement, street: string): string {
  const [low, high] = settlement.postalCodes;
  const numeric = low + (fnv1a(`${settlement.name}|${street}`) % (high - low + 1));
  return `LV-${numeric}`;
}

/**
 * Codes come from a hash of the address so that adding a street elsewhere never renumbers
 * existing addresses; a collision (rare among ~10⁴ codes in 9·10⁸) takes the next free code.
 */
function uniqueCode(key: string, used: Set<number>): number {
  let code = MIN_CODE + (fnv1a(key) % CODE_SPAN);
  while (used.has(code)) code = code + 1 >= MIN_CODE + CODE_SPAN ? MIN_CODE : code + 1;
  used.add(code);
  return code;
}

/** 32-bit FNV-1a over UTF-16 code units: tiny, stable across platforms, good enough spread. */
function fnv1a(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
}

const STATE_CITY_SETTLEMENTS = new Set(
  MUNICIPALITIES.flatMap((m) => m.settlements)
    .filter((s) => s.kind === 'state_city')
    .map((s) => s.name),
);

/**
 * Latvian address order: street and house (and flat after ' - '), settlement, the novads in its
 * abbreviated form unless the settlement is a state city, postal code.
 * "Brīvības iela 12 - 5, Rīga, LV-1010"; "Rīgas iela 3, Cēsis, Cēsu nov., LV-4101".
 */
export function formatAddress(a: AddressListEntry, flat?: string | null): string {
  const building = flat ? `${a.street} ${a.house} - ${flat}` : `${a.street} ${a.house}`;
  const place = STATE_CITY_SETTLEMENTS.has(a.settlement)
    ? a.settlement
    : `${a.settlement}, ${a.municipality.replace(/ novads$/, ' nov.')}`;
  return `${building}, ${place}, ${a.postalCode}`;
}
