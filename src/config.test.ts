import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { PRODUCTION_PAYEE } from '../test/support/production-payee.ts';
import { ConfigError, loadConfig } from './config.ts';

const key = Buffer.alloc(32, 7).toString('base64');

describe('loadConfig', () => {
  it('refuses to start in production without its secrets, naming them', () => {
    expect(() => loadConfig({ NODE_ENV: 'production' })).toThrow(
      /ENCRYPTION_KEY, SESSION_SECRET, SIGNING_KEY/,
    );
    expect(() =>
      loadConfig({ NODE_ENV: 'production', ENCRYPTION_KEY: key, SESSION_SECRET: key }),
    ).toThrow(/SIGNING_KEY/);
  });

  it('starts in production with all secrets given', () => {
    const config = loadConfig({
      NODE_ENV: 'production',
      ENCRYPTION_KEY: key,
      SESSION_SECRET: key,
      SIGNING_KEY: key,
      DATABASE_URL: 'postgres://db/x',
      SMTP_URL: 'smtp://relay.example.lv',
      OIDC_ISSUER: 'https://idp.example.lv',
      OIDC_CLIENT_ID: 'register-gateway',
      OIDC_CLIENT_SECRET: 'a-long-client-secret',
      ...PRODUCTION_PAYEE,
    });
    expect(config.payee).toMatchObject({ iban: 'LV12TREL0000000000001', example: false });
    expect(config.secrets.encryptionKey).toEqual(Buffer.alloc(32, 7));
    expect(config.demoData).toBe(false);
  });

  it('refuses demo data in production: it would create accounts with printed passwords', () => {
    expect(() =>
      loadConfig({
        NODE_ENV: 'production',
        ENCRYPTION_KEY: key,
        SESSION_SECRET: key,
        SIGNING_KEY: key,
        DEMO_DATA: 'true',
      }),
    ).toThrow(/DEMO_DATA/);
    expect(
      loadConfig({ NODE_ENV: 'development', DATA_DIR: mkdtempSync(path.join(tmpdir(), 'rg-')) })
        .demoData,
    ).toBe(true);
  });

  it('names the payee: an example outside production, all four details or none, a real IBAN', () => {
    expect(loadConfig({ NODE_ENV: 'test' }).payee.example).toBe(true);
    const production = {
      NODE_ENV: 'production',
      ENCRYPTION_KEY: key,
      SESSION_SECRET: key,
      SIGNING_KEY: key,
      SMTP_URL: 'smtp://relay.example.lv',
      OIDC_ISSUER: 'https://idp.example.lv',
      OIDC_CLIENT_ID: 'register-gateway',
      OIDC_CLIENT_SECRET: 'a-long-client-secret',
    };
    expect(() => loadConfig(production)).toThrow(/PAYEE_NAME, PAYEE_REGISTRATION_NUMBER/);
    expect(() => loadConfig({ NODE_ENV: 'test', PAYEE_NAME: 'PMLP' })).toThrow(/PAYEE_IBAN/);
    expect(() => loadConfig({ NODE_ENV: 'test', ...PRODUCTION_PAYEE, PAYEE_IBAN: 'LV1' })).toThrow(
      /PAYEE_IBAN/,
    );
  });

  it('believes X-Forwarded-For from the listed proxies only, and none by default', () => {
    expect(loadConfig({ NODE_ENV: 'test' }).trustedProxies).toEqual([]);
    expect(
      loadConfig({ NODE_ENV: 'test', TRUSTED_PROXIES: ' 10.0.0.5, 192.168.10.0/24 ,2001:db8::/32' })
        .trustedProxies,
    ).toEqual(['10.0.0.5', '192.168.10.0/24', '2001:db8::/32']);
    for (const bad of ['proxy.example.lv', '10.0.0.0/33', '10.0.0.1/8/1', '*']) {
      expect(() => loadConfig({ NODE_ENV: 'test', TRUSTED_PROXIES: bad }), bad).toThrow(
        /TRUSTED_PROXIES/,
      );
    }
  });

  it('refuses a key of the wrong length, a bad port, a bad role, a bad database URL', () => {
    const bad = Buffer.alloc(16).toString('base64');
    expect(() =>
      loadConfig({
        NODE_ENV: 'production',
        ENCRYPTION_KEY: bad,
        SESSION_SECRET: key,
        SIGNING_KEY: key,
      }),
    ).toThrow(ConfigError);
    expect(() => loadConfig({ NODE_ENV: 'test', PORT: 'eighty' })).toThrow(/PORT/);
    expect(() => loadConfig({ NODE_ENV: 'test', ROLES: 'web,cron' })).toThrow(/ROLES/);
    expect(() => loadConfig({ NODE_ENV: 'test', DATABASE_URL: 'mysql://x' })).toThrow(
      /DATABASE_URL/,
    );
  });

  it('generates development secrets once into the data folder and reuses them', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'rg-config-'));
    const first = loadConfig({ NODE_ENV: 'development', DATA_DIR: dir });
    const second = loadConfig({ NODE_ENV: 'development', DATA_DIR: dir });
    expect(second.secrets.encryptionKey).toEqual(first.secrets.encryptionKey);
    const stored = JSON.parse(readFileSync(path.join(dir, 'secrets.json'), 'utf8')) as Record<
      string,
      string
    >;
    expect(Buffer.from(stored.sessionSecret ?? '', 'base64')).toEqual(first.secrets.sessionSecret);
    expect(first.demoData).toBe(true);
  });
});
