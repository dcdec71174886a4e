import type { Db } from '../database.ts';
import { formatAddress } from './data/address-list.ts';
import type { DataScope } from './scopes.ts';
import type {
  AddressEntry,
  BirthData,
  CivilStatusData,
  DeathData,
  DocumentEntry,
  IdentityData,
  NameEntry,
  NationalityData,
  PersonRecord,
  RelativesData,
} from './schemas.ts';
import * as store from './store.ts';

interface PersonRef {
  id: number;
  personal_code: string;
}

interface ScopeValues {
  identity: IdentityData;
  names_history: NameEntry[];
  birth: BirthData | null;
  nationality: NationalityData | null;
  addresses: AddressEntry[];
  documents: DocumentEntry[];
  civil_status: CivilStatusData;
  relatives: RelativesData;
  death: DeathData | null;
}

type ScopeReaders = {
  [S in DataScope]: (trx: Db, person: PersonRef, today: string) => Promise<ScopeValues[S]>;
};

/**
 * The one mapping from data scope to fields. A record is built from the scopes asked for and
 * nothing else, so a field can never leak by being forgotten in a filter.
 */
const readers: ScopeReaders = {
  identity: async (trx, person) => {
    const identity = await store.currentIdentity(trx, person.id);
    const allNames = await store.names(trx, person.id);
    const current = allNames.at(-1);
    if (identity === undefined || current === undefined) {
      throw new Error(`Person ${person.id} has no identity row`);
    }
    return {
      personalCode: person.personal_code,
      givenNames: current.given_names,
      surname: current.surname,
      birthDate: identity.birth_date,
      sex: identity.sex as IdentityData['sex'],
      status: identity.status as IdentityData['status'],
    };
  },
  names_history: async (trx, person) => {
    const allNames = await store.names(trx, person.id);
    // Each earlier name is valid until the next one starts; the current one is not history.
    return allNames.slice(0, -1).map((n, i) => ({
      givenNames: n.given_names,
      surname: n.surname,
      latinGivenNames: n.latin_given_names,
      latinSurname: n.latin_surname,
      validFrom: n.valid_from,
      validTo: allNames[i + 1]?.valid_from ?? null,
      reason: n.reason,
    }));
  },
  birth: async (trx, person) => {
    const birth = await store.currentBirth(trx, person.id);
    if (birth === undefined) return null;
    return {
      place: birth.place,
      country: birth.country,
      registrationEntry: birth.registration_entry,
    };
  },
  nationality: async (trx, person) => {
    const n = await store.currentNationality(trx, person.id);
    if (n === undefined) return null;
    return {
      status: n.status as NationalityData['status'],
      country: n.country,
      validFrom: n.valid_from,
    };
  },
  addresses: async (trx, person) => {
    const rows = await store.addresses(trx, person.id);
    return rows.map((a) => ({
      kind: a.kind as AddressEntry['kind'],
      addressCode: a.address_code,
      address: formatAddress(
        {
          code: a.address_code,
          municipality: a.municipality,
          settlement: a.settlement,
          street: a.street,
          house: a.house,
          postalCode: a.postal_code,
        },
        a.flat ?? undefined,
      ),
      flat: a.flat,
      validFrom: a.valid_from,
      validTo: a.valid_to,
    }));
  },
  documents: async (trx, person, today) => {
    const rows = await store.documents(trx, person.id);
    return rows.map((d) => ({
      type: d.type as DocumentEntry['type'],
      number: d.number,
      issuer: d.issuer,
      issuedOn: d.issued_on,
      expiresOn: d.expires_on,
      // Expiry is a fact of the calendar, not a change anyone records.
      status: (d.status === 'valid' && d.expires_on < today
        ? 'expired'
        : d.status) as DocumentEntry['status'],
    }));
  },
  civil_status: async (trx, person) => {
    const rows = await store.marriages(trx, person.id);
    const entries = rows.map((m) => ({
      spousePersonalCode: m.spouse_code,
      marriedOn: m.married_on,
      place: m.place,
      endedOn: m.ended_on,
      endReason: m.end_reason as 'divorce' | 'death' | null,
    }));
    const latest = entries[0];
    const status: CivilStatusData['status'] =
      latest === undefined
        ? 'single'
        : latest.endedOn === null
          ? 'married'
          : latest.endReason === 'death'
            ? 'widowed'
            : 'divorced';
    return { status, marriages: entries };
  },
  relatives: async (trx, person) => store.relatives(trx, person.id),
  death: async (trx, person) => {
    const death = await store.currentDeath(trx, person.id);
    return death === undefined ? null : { diedOn: death.died_on, place: death.place };
  },
};

export async function readPersonRecord(
  trx: Db,
  person: PersonRef,
  scopes: readonly DataScope[],
  today: string,
): Promise<PersonRecord> {
  const record: Record<string, unknown> = { personalCode: person.personal_code };
  for (const scope of scopes) {
    record[scope] = await readers[scope](trx, person, today);
  }
  return record as PersonRecord;
}
