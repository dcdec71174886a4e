import type { Config } from './config.ts';
import type { AppDatabase, Db } from './database.ts';
import {
  createOperatorToken,
  demoOperatorToken,
  loadDemoStaff,
  type DemoStaffSignIn,
} from './identity/service.ts';
import { createEnvelope } from './platform/crypto/envelope.ts';
import { openDatabase, type Database } from './platform/db/database.ts';
import { migrate } from './platform/db/migrate.ts';
import {
  loadDemoOfficer,
  loadDemoOrganisation,
  type DemoOrganisationSignIn,
  type DemoSignIn,
} from './demo-organisation.ts';
import {
  ensureAddressList,
  ensureTestPersons,
  loadDemoPopulation,
  loadTestDataset,
  WELL_KNOWN_PERSONS,
} from './register/setup.ts';

/**
 * Opens the database the config names, applies migrations and loads reference data: the address
 * list, and the test data set's well-known persons that every test environment answers.
 */
export async function openAndPrepare(config: Config): Promise<Database<AppDatabase>> {
  const database = await openDatabase<AppDatabase>({
    databaseUrl: config.databaseUrl,
    dataDir: config.dataDir,
    poolSize: config.databasePoolSize,
  });
  await migrate(database.db);
  await ensureAddressList(database.db);
  await ensureTestPersons(database.db, createEnvelope(config.secrets.encryptionKey));
  return database;
}

export interface DemoSignIns {
  operatorToken: string;
  persons: typeof WELL_KNOWN_PERSONS;
  /** The Information Centre agent of the back office. */
  staff: DemoStaffSignIn;
  /** The register authority's officer, who works organisations' requests and agreements. */
  officer: DemoStaffSignIn;
  /** An organisation's representative (password and a TOTP secret for an authenticator app). */
  organisation: DemoOrganisationSignIn;
  /** The same organisation's Person Data Browser user (password and TOTP secret). */
  browserUser: DemoSignIn;
}

/** Generated persons of the test environment's own data set. */
export const TEST_DATASET_PERSONS = 200;

export const DEMO_PERSONS = 300;

/** Demo persons and sign-ins, loaded once into an empty database. */
export async function loadDemoData(db: Db, config: Config): Promise<DemoSignIns> {
  const envelope = createEnvelope(config.secrets.encryptionKey);
  await loadDemoPopulation(db, envelope, DEMO_PERSONS);
  const operatorToken = demoOperatorToken(config.secrets.sessionSecret);
  await createOperatorToken(db, { name: 'Demo operator', authority: 'PMLP', token: operatorToken });
  await loadTestDataset(db, envelope, TEST_DATASET_PERSONS);
  const staff = await loadDemoStaff(db, config, envelope);
  const officer = await loadDemoOfficer(db, config, envelope);
  const organisation = await loadDemoOrganisation(db, config, envelope);
  return {
    operatorToken,
    persons: WELL_KNOWN_PERSONS,
    staff,
    officer,
    organisation,
    browserUser: organisation.browserUser,
  };
}
