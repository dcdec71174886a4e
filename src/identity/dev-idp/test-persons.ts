import type { Text } from '../../platform/i18n/locale.ts';

/** A person the tester can pick on the development provider's page. */
export interface TestPerson {
  personalCode: string;
  name: string;
  note: Text;
}

/** A type, not an interface: oidc-provider wants claims indexable by name. */
export type PersonClaims = {
  sub: string;
  personal_code: string;
  given_name: string;
  family_name: string;
  name: string;
};

/** Stands in for a name the provider would know; the register's own name is not consulted. */
const UNKNOWN_NAME = { given: 'Testa', family: 'Persona' };

/**
 * The claims the development provider issues for a personal code: the listed person's name, or a
 * placeholder for a code typed in. `sub` is the code, as the state portal identifies persons.
 */
export function claimsFor(personalCode: string, persons: readonly TestPerson[]): PersonClaims {
  const listed = persons.find((p) => p.personalCode === personalCode);
  const parts = listed?.name.split(' ') ?? [];
  const family = parts.length > 1 ? (parts.pop() ?? UNKNOWN_NAME.family) : UNKNOWN_NAME.family;
  const given = parts.length > 0 ? parts.join(' ') : UNKNOWN_NAME.given;
  return {
    sub: personalCode,
    personal_code: personalCode,
    given_name: given,
    family_name: family,
    name: `${given} ${family}`,
  };
}
