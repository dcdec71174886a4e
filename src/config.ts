import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createHmac, randomBytes } from 'node:crypto';
import { isIP } from 'node:net';
import path from 'node:path';

/** Typed settings, read once from the environment. Every variable is documented in the README. */
export interface Config {
  mode: 'development' | 'production' | 'test';
  host: string;
  port: number;
  /** Absent: the embedded PostgreSQL (PGlite) in `dataDir`. */
  databaseUrl: string | null;
  /** Connections each process keeps to the PostgreSQL server (not used with PGlite). */
  databasePoolSize: number;
  dataDir: string;
  roles: ReadonlySet<'web' | 'worker'>;
  /** Public address of the service, used in links and printed at start. */
  publicUrl: string;
  logLevel: string;
  /** Load demo persons and sign-ins into an empty database at start. */
  demoData: boolean;
  mail: MailConfig;
  secrets: Secrets;
  /** Where residents sign in (OpenID Connect). */
  oidc: OidcConfig;
  /** Data API calls a connection may make per minute (per server process). */
  apiRateLimitPerMinute: number;
  /**
   * The reverse proxies (addresses or CIDR ranges) whose `X-Forwarded-For` is believed. Empty:
   * none, and a caller's address is the one its connection comes from.
   */
  trustedProxies: readonly string[];
  /**
   * Redis, when set, holds what every process must count together (the rate limits); without
   * it each process counts on its own, in memory.
   */
  redis: { url: string; keyPrefix: string } | null;
  /** Whom organisations pay (deposits, invoices): shown wherever money is asked for. */
  payee: PayeeConfig;
  /**
   * What public bodies exempt from fees get each month: an invoice of zero with the lines shown
   * ('zero', the default), or no invoice at all ('none'). INVOICE_EXEMPT_ORGANISATIONS.
   */
  invoiceExemptOrganisations: 'zero' | 'none';
}

export interface PayeeConfig {
  name: string;
  registrationNumber: string;
  iban: string;
  bic: string;
  /**
   * True when the details are the built-in example (development and tests without PAYEE_*):
   * pages mark them as an example to be replaced. Production refuses to start without them.
   */
  example: boolean;
}

export interface OidcConfig {
  issuer: string;
  clientId: string;
  clientSecret: string;
  /**
   * True when the built-in development identity provider at `${publicUrl}/dev-idp` serves
   * sign-in: development and tests without OIDC_ISSUER. Never in production.
   */
  developmentProvider: boolean;
}

export interface MailConfig {
  /** Absent: mail is kept in the development mailbox (`/dev/mail`) instead of being sent. */
  smtpUrl: string | null;
  /** The From header, e.g. `"Reģistru vārteja" <noreply@register-gateway.test>`. */
  from: string;
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
  const publicUrl = (
    env.PUBLIC_URL ?? `http://${host === '0.0.0.0' ? '127.0.0.1' : host}:${port}`
  ).replace(/\/$/, '');
  const secrets = loadSecrets(env, mode, dataDir);
  return {
    mode,
    host,
    port,
    databaseUrl,
    databasePoolSize: parsePositiveInteger('DATABASE_POOL_SIZE', env, 10),
    dataDir,
    roles,
    publicUrl,
    logLevel: env.LOG_LEVEL ?? (mode === 'test' ? 'silent' : 'info'),
    demoData: parseDemoData(env.DEMO_DATA, mode),
    secrets,
    // After the secrets, so a production start without anything set names the secrets first.
    mail: parseMail(env, mode, roles),
    oidc: parseOidc(env, mode, publicUrl, secrets.sessionSecret),
    apiRateLimitPerMinute: parsePositiveInteger('API_RATE_LIMIT_PER_MINUTE', env, 600),
    trustedProxies: parseTrustedProxies(env.TRUSTED_PROXIES),
    redis: parseRedis(env),
    payee: parsePayee(env, mode),
    invoiceExemptOrganisations: parseExemptInvoices(env.INVOICE_EXEMPT_ORGANISATIONS),
  };
}

function parseExemptInvoices(value: string | undefined): 'zero' | 'none' {
  const given = nonEmpty(value) ?? 'zero';
  if (given !== 'zero' && given !== 'none') {
    throw new ConfigError('INVOICE_EXEMPT_ORGANISATIONS must be zero or none');
  }
  return given;
}

/** The example payee of development and tests; production must name the real one. */
const EXAMPLE_PAYEE = {
  name: 'Pilsonības un migrācijas lietu pārvalde',
  registrationNumber: '90000000001',
  iban: 'LV00TREL0000000000000',
  bic: 'TRELLV22',
} as const;

const PAYEE_VARIABLES = {
  name: 'PAYEE_NAME',
  registrationNumber: 'PAYEE_REGISTRATION_NUMBER',
  iban: 'PAYEE_IBAN',
  bic: 'PAYEE_BIC',
} as const;

function parsePayee(env: Env, mode: Config['mode']): PayeeConfig {
  const given = {
    name: nonEmpty(env.PAYEE_NAME),
    registrationNumber: nonEmpty(env.PAYEE_REGISTRATION_NUMBER),
    iban: nonEmpty(env.PAYEE_IBAN)?.replace(/\s+/g, '').toUpperCase() ?? null,
    bic: nonEmpty(env.PAYEE_BIC),
  };
  const missing = (Object.keys(PAYEE_VARIABLES) as (keyof typeof PAYEE_VARIABLES)[]).filter(
    (key) => given[key] === null,
  );
  if (missing.length === 0) {
    const iban = given.iban ?? '';
    if (!/^[A-Z]{2}[0-9]{2}[A-Z0-9]{11,30}$/.test(iban)) {
      throw new ConfigError('PAYEE_IBAN must be an IBAN (two letters, two digits, 11–30 more)');
    }
    return {
      name: given.name ?? '',
      registrationNumber: given.registrationNumber ?? '',
      iban,
      bic: given.bic ?? '',
      example: false,
    };
  }
  if (mode === 'production') {
    throw new ConfigError(
      `Set the payee organisations pay: ${missing.map((key) => PAYEE_VARIABLES[key]).join(', ')}`,
    );
  }
  if (missing.length < Object.keys(PAYEE_VARIABLES).length) {
    throw new ConfigError(
      `Set all of the payee's details or none: ${missing.map((key) => PAYEE_VARIABLES[key]).join(', ')} missing`,
    );
  }
  return { ...EXAMPLE_PAYEE, example: true };
}

function parseRedis(env: Env): Config['redis'] {
  const url = nonEmpty(env.REDIS_URL);
  if (url === null) return null;
  if (!/^rediss?:\/\//.test(url)) {
    throw new ConfigError('REDIS_URL must be a redis:// or rediss:// URL');
  }
  return { url, keyPrefix: nonEmpty(env.REDIS_KEY_PREFIX) ?? 'register-gateway:' };
}

/** Demo data creates accounts with printed passwords: never in production. */
function parseDemoData(value: string | undefined, mode: Config['mode']): boolean {
  const demo = parseBoolean(value, mode === 'development');
  if (demo && mode === 'production') {
    throw new ConfigError('DEMO_DATA must not be set in production: it creates demo accounts');
  }
  return demo;
}

/**
 * `TRUSTED_PROXIES=10.0.0.5,192.168.10.0/24`: only a request arriving from one of these may say,
 * in `X-Forwarded-For`, whom it comes from; anyone else's header is ignored, so it cannot pass a
 * connection's fixed source addresses or reset a per-address limit.
 */
function parseTrustedProxies(value: string | undefined): string[] {
  const entries = (value ?? '')
    .split(',')
    .map((e) => e.trim())
    .filter((e) => e !== '');
  for (const entry of entries) {
    const [address = '', prefix, extra] = entry.split('/');
    const family = isIP(address);
    const bits = family === 4 ? 32 : 128;
    const prefixOk = prefix === undefined || (/^\d{1,3}$/.test(prefix) && Number(prefix) <= bits);
    if (family === 0 || !prefixOk || extra !== undefined) {
      throw new ConfigError(
        `TRUSTED_PROXIES must list IP addresses or CIDR ranges, comma-separated; "${entry}" is neither`,
      );
    }
  }
  return entries;
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

function parsePositiveInteger(name: string, env: Env, fallback: number): number {
  const value = env[name];
  if (value === undefined || value === '') return fallback;
  const number = Number(value);
  if (!Number.isSafeInteger(number) || number < 1) {
    throw new ConfigError(`${name} must be a positive integer, not "${value}"`);
  }
  return number;
}

function parseBoolean(value: string | undefined, fallback: boolean): boolean {
  if (value === undefined || value === '') return fallback;
  if (['1', 'true', 'yes'].includes(value)) return true;
  if (['0', 'false', 'no'].includes(value)) return false;
  throw new ConfigError(`Expected true or false, not "${value}"`);
}

const DEFAULT_MAIL_FROM = '"Reģistru vārteja" <noreply@register-gateway.test>';

/**
 * Production sends real mail, so a process that runs the worker (the only role that sends) needs
 * SMTP_URL; a web-only process just queues mail and need not hold the relay's password. The URL
 * is never echoed in an error: it may carry that password.
 */
function parseMail(env: Env, mode: Config['mode'], roles: Config['roles']): MailConfig {
  const smtpUrl = nonEmpty(env.SMTP_URL);
  if (smtpUrl === null && mode === 'production' && roles.has('worker')) {
    throw new ConfigError('Production needs SMTP_URL set for the worker role (it sends the mail)');
  }
  if (smtpUrl !== null) {
    const url = URL.parse(smtpUrl);
    if (url === null || !['smtp:', 'smtps:'].includes(url.protocol) || url.hostname === '') {
      throw new ConfigError('SMTP_URL must be an smtp:// or smtps:// URL with a host');
    }
  }
  const from = nonEmpty(env.MAIL_FROM) ?? DEFAULT_MAIL_FROM;
  // One address, bare or as `Name <address>`; no line breaks, which would inject headers.
  if (!/^(?:[^<>\r\n]*<[^<>\s@]+@[^<>\s@]+>|[^<>\s@]+@[^<>\s@]+)$/u.test(from)) {
    throw new ConfigError('MAIL_FROM must be one address, e.g. "Name" <noreply@example.lv>');
  }
  return { smtpUrl, from };
}

/**
 * Residents sign in at the identity provider OIDC_ISSUER names. Production must name one (over
 * https); development and tests without it use the built-in development provider, whose client
 * secret is derived from the session secret so nothing more needs configuring.
 */
function parseOidc(
  env: Env,
  mode: Config['mode'],
  publicUrl: string,
  sessionSecret: Buffer,
): OidcConfig {
  const issuer = nonEmpty(env.OIDC_ISSUER);
  const clientId = nonEmpty(env.OIDC_CLIENT_ID);
  const clientSecret = nonEmpty(env.OIDC_CLIENT_SECRET);
  if (issuer === null) {
    if (mode === 'production') {
      throw new ConfigError(
        'Production needs OIDC_ISSUER, OIDC_CLIENT_ID and OIDC_CLIENT_SECRET set (resident sign-in)',
      );
    }
    return {
      issuer: `${publicUrl}/dev-idp`,
      clientId: 'register-gateway',
      clientSecret: createHmac('sha256', sessionSecret)
        .update('dev-idp-client-secret')
        .digest('base64url'),
      developmentProvider: true,
    };
  }
  const url = URL.parse(issuer);
  if (url === null || !['https:', 'http:'].includes(url.protocol)) {
    throw new ConfigError('OIDC_ISSUER must be an https:// (or, outside production, http://) URL');
  }
  if (mode === 'production' && url.protocol !== 'https:') {
    throw new ConfigError('OIDC_ISSUER must be an https:// URL in production');
  }
  if (clientId === null || clientSecret === null) {
    throw new ConfigError('OIDC_ISSUER needs OIDC_CLIENT_ID and OIDC_CLIENT_SECRET set too');
  }
  // Kept exactly as given: the issuer must match what the provider's metadata says, slash and all.
  return { issuer, clientId, clientSecret, developmentProvider: false };
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
