import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { randomBytes } from 'node:crypto';
import path from 'node:path';

/** Typed settings, read once from the environment. Every variable is documented in the README. */
export interface Config {
  mode: 'development' | 'production' | 'test';
  host: string;
  port: number;
  /** Absent: the embedded PostgreSQL (PGlite) in `dataDir`. */
  databaseUrl: string | null;
  dataDir: string;
  roles: ReadonlySet<'web' | 'worker'>;
  /** Public address of the service, used in links and printed at start. */
  publicUrl: string;
  logLevel: string;
  /** Load demo persons and sign-ins into an empty database at start. */
  demoData: boolean;
  secrets: Secrets;
}

export interface Secrets {
  /** 32-byte key-encryption key for biometric images (AES-256-GCM), base64. */
  encryptionKey: Buffer;
  sessionSecret: Buffer;
  /** Signs audit tree heads and tokens; later issues add key pairs here. */
  signingKey: Buffer;
}

export class ConfigError extends Error {}

type Env = Record<string, string | undefined>;

const SECRET_VARIABLES = {
  encryptionKey: 'ENCRYPTION_KEY',
  sessionSecret: 'SESSION_SECRET',
  signingKey: 'SIGNING_KEY',
} as const satisfies Record<keyof Secrets, string>;

export function loadConfig(env: Env = process.env): Config {
  const mode = parseMode(env.NODE_ENV);
  const port = parsePort(env.PORT ?? '3000');
  const host = env.HOST ?? '127.0.0.1';
  const dataDir = path.resolve(env.DATA_DIR ?? 'data');
  const roles = parseRoles(env.ROLES ?? 'web,worker');
  const databaseUrl = nonEmpty(env.DATABASE_URL);
  if (databaseUrl !== null && !/^postgres(ql)?:\/\//.test(databaseUrl)) {
    throw new ConfigError('DATABASE_URL must be a postgres:// or postgresql:// URL');
  }
  return {
    mode,
    host,
    port,
    databaseUrl,
    dataDir,
    roles,
    publicUrl: (
      env.PUBLIC_URL ?? `http://${host === '0.0.0.0' ? '127.0.0.1' : host}:${port}`
    ).replace(/\/$/, ''),
    logLevel: env.LOG_LEVEL ?? (mode === 'test' ? 'silent' : 'info'),
    demoData: parseBoolean(env.DEMO_DATA, mode === 'development'),
    secrets: loadSecrets(env, mode, dataDir),
  };
}

function parseMode(value: string | undefined): Config['mode'] {
  const mode = value ?? 'development';
  if (mode === 'development' || mode === 'production' || mode === 'test') return mode;
  throw new ConfigError(`NODE_ENV must be development, production or test, not "${mode}"`);
}

function parsePort(value: string): number {
  const port = Number(value);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    throw new ConfigError(`PORT must be an integer 0–65535, not "${value}"`);
  }
  return port;
}

function parseRoles(value: string): Config['roles'] {
  const roles = new Set<'web' | 'worker'>();
  for (const role of value.split(',').map((r) => r.trim())) {
    if (role !== 'web' && role !== 'worker') {
      throw new ConfigError(`ROLES is a comma-separated list of web and worker, not "${value}"`);
    }
    roles.add(role);
  }
  return roles;
}

function parseBoolean(value: string | undefined, fallback: boolean): boolean {
  if (value === undefined || value === '') return fallback;
  if (['1', 'true', 'yes'].includes(value)) return true;
  if (['0', 'false', 'no'].includes(value)) return false;
  throw new ConfigError(`Expected true or false, not "${value}"`);
}

function nonEmpty(value: string | undefined): string | null {
  return value === undefined || value.trim() === '' ? null : value.trim();
}

function decodeKey(name: string, value: string): Buffer {
  const key = Buffer.from(value, 'base64');
  if (key.length !== 32) {
    throw new ConfigError(`${name} must be 32 bytes, base64-encoded (got ${key.length} bytes)`);
  }
  return key;
}

/**
 * Production refuses to start without its secrets: an invented key would make encrypted images
 * unreadable after a restart. Development and tests generate them once into the data folder.
 */
function loadSecrets(env: Env, mode: Config['mode'], dataDir: string): Secrets {
  const fromEnv = Object.entries(SECRET_VARIABLES).map(([field, name]) => {
    const value = nonEmpty(env[name]);
    return [field, name, value] as const;
  });
  const missing = fromEnv.filter(([, , value]) => value === null).map(([, name]) => name);
  if (missing.length > 0 && mode === 'production') {
    throw new ConfigError(`Production needs these secrets set: ${missing.join(', ')}`);
  }
  const generated = missing.length > 0 ? developmentSecrets(dataDir, mode) : null;
  const pick = (field: keyof Secrets): Buffer => {
    const name = SECRET_VARIABLES[field];
    const value = nonEmpty(env[name]);
    if (value !== null) return decodeKey(name, value);
    if (generated === null) throw new ConfigError(`${name} is missing`);
    return decodeKey(name, generated[field]);
  };
  return {
    encryptionKey: pick('encryptionKey'),
    sessionSecret: pick('sessionSecret'),
    signingKey: pick('signingKey'),
  };
}

/** Tests keep theirs in memory; development writes them once to `data/secrets.json`. */
function developmentSecrets(dataDir: string, mode: Config['mode']): Record<keyof Secrets, string> {
  const fresh = (): Record<keyof Secrets, string> => ({
    encryptionKey: randomBytes(32).toString('base64'),
    sessionSecret: randomBytes(32).toString('base64'),
    signingKey: randomBytes(32).toString('base64'),
  });
  if (mode === 'test') return fresh();
  const file = path.join(dataDir, 'secrets.json');
  if (existsSync(file)) {
    return JSON.parse(readFileSync(file, 'utf8')) as Record<keyof Secrets, string>;
  }
  mkdirSync(dataDir, { recursive: true });
  const secrets = fresh();
  writeFileSync(file, JSON.stringify(secrets, null, 2), { mode: 0o600 });
  process.stderr.write(
    `Generated development secrets into ${file} (never use them in production)\n`,
  );
  return secrets;
}
