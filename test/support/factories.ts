import type { Db } from '../../src/database.ts';
import { buildAddressList } from '../../src/register/data/address-list.ts';
import { makeOldFormatCode } from '../../src/register/personal-code.ts';
import { registerPerson } from '../../src/register/service.ts';

let serial = 0;

/** A fresh valid personal code for a birth date; unique within the test process. */
export function nextPersonalCode(birthDate = '1980-05-17'): string {
  serial += 1;
  return makeOldFormatCode(birthDate, serial % 1000);
}

export function someAddressCode(index = 0): string {
  const entry = buildAddressList()[index];
  if (entry === undefined) throw new Error('The address list is empty');
  return entry.code;
}

export async function makePerson(
  db: Db,
  overrides: Partial<{
    personalCode: string;
    givenNames: string;
    surname: string;
    birthDate: string;
    sex: 'male' | 'female';
  }> = {},
) {
  const birthDate = overrides.birthDate ?? '1980-05-17';
  return db.transaction().execute((trx) =>
    registerPerson(
      trx,
      {
        personalCode: overrides.personalCode ?? nextPersonalCode(birthDate),
        givenNames: overrides.givenNames ?? 'Ilze',
        surname: overrides.surname ?? 'Kalniņa',
        birthDate,
        sex: overrides.sex ?? 'female',
        birth: { place: 'Rīga', country: 'LV', registrationEntry: 'Rīgas dzimtsarakstu nodaļa' },
        nationality: { status: 'citizen', country: 'LV' },
        address: { addressCode: someAddressCode(), flat: '3' },
        parentCodes: [],
      },
      { authority: 'PMLP', process: 'registration', today: '2026-11-01' },
    ),
  );
}
