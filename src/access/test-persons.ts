import type { TestPersonRow } from '../platform/views/test-persons-table.tsx';
import { WELL_KNOWN_PERSONS } from '../register/service.ts';

/**
 * The persons a test-environment connection can always query (the register keeps them in the
 * test data set), with what each is good for: listed by `GET /api/v1/test-persons`, on the
 * connection page and in the API documentation.
 */
export const TEST_PERSONS: readonly TestPersonRow[] = WELL_KNOWN_PERSONS.map((p) => ({
  personalCode: p.personalCode,
  name: p.name,
  tryWith: p.tryWith,
}));
