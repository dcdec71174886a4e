import type { ComponentChildren } from 'preact';
import type { Locale, Text } from '../../platform/i18n/locale.ts';
import { formatDateTime, TIME_ZONE } from '../../platform/time/riga.ts';
import type { ConnectionView, KeyView } from '../connection-reader.ts';
import type { ConnectionStatus } from '../tables.ts';

/** Pieces both the organisation's and the staff's connection pages show. */

type ConnectionRow = ConnectionView['connection'];

export const CONNECTION_STATUS_LABELS: Record<ConnectionStatus, Text> = {
  pending: { lv: 'Gaida aktivizēšanu', en: 'Awaiting activation' },
  active: { lv: 'Aktīvs', en: 'Active' },
  suspended: { lv: 'Apturēts', en: 'Suspended' },
};

export const ENVIRONMENT_LABELS: Record<'test' | 'production', Text> = {
  test: { lv: 'Testa vide', en: 'Test environment' },
  production: { lv: 'Produkcijas vide', en: 'Production environment' },
};

const KEY_STATE_LABELS: Record<KeyView['state'], Text> = {
  live: { lv: 'Derīga', en: 'Live' },
  retired: { lv: 'Atsaukta', en: 'Retired' },
  expired: { lv: 'Beigusies', en: 'Expired' },
};

const DAY_FORMATS: Record<Locale, Intl.DateTimeFormat> = {
  lv: new Intl.DateTimeFormat('lv-LV', { timeZone: TIME_ZONE, dateStyle: 'medium' }),
  en: new Intl.DateTimeFormat('en-GB', { timeZone: TIME_ZONE, dateStyle: 'medium' }),
};

/** A key is valid through the day before its expiry instant (the start of a Riga day). */
function validThrough(expiresAt: Date, locale: Locale): string {
  return DAY_FORMATS[locale].format(new Date(expiresAt.getTime() - 1));
}

/** The warning shown where live keys expire within the warning period. */
export function KeyExpiryWarning(props: { locale: Locale; count: number }) {
  if (props.count === 0) return null;
  return (
    <div class="notice" role="status">
      <p>
        <strong>
          {props.locale === 'lv'
            ? `Uzmanību: ${String(props.count)} atslēgas derīgums beidzas 30 dienu laikā.`
            : `Warning: ${String(props.count)} key(s) expire within 30 days.`}
        </strong>{' '}
        {props.locale === 'lv'
          ? 'Pievienojiet jaunu atslēgu un pēc tam atsauciet veco.'
          : 'Add a new key, then retire the old one.'}
      </p>
    </div>
  );
}

/** A note after a connection's name in a list when one of its live keys expires soon. */
export function KeyExpiresSoonNote(props: { locale: Locale; expiringKeys: number }) {
  if (props.expiringKeys <= 0) return null;
  return (
    <strong> {props.locale === 'lv' ? '(atslēga beidzas drīz)' : '(key expires soon)'}</strong>
  );
}

/** A connection's environment, status and registration time, the last cells of a list's row. */
export function ConnectionStateCells(props: { locale: Locale; connection: ConnectionRow }) {
  const { locale, connection: c } = props;
  return (
    <>
      <td>{ENVIRONMENT_LABELS[c.environment][locale]}</td>
      <td>
        <span class="tag">{CONNECTION_STATUS_LABELS[c.status][locale]}</span>
      </td>
      <td>{formatDateTime(c.created_at, locale)}</td>
    </>
  );
}

/** The connection's keys; `retireAction` gives each live key's retire form when allowed. */
export function ConnectionKeysTable(props: {
  locale: Locale;
  keys: KeyView[];
  retireForm?: (key: KeyView) => ComponentChildren;
}) {
  const { locale } = props;
  return (
    <table>
      <caption class="visually-hidden">{locale === 'lv' ? 'Atslēgas' : 'Keys'}</caption>
      <thead>
        <tr>
          <th scope="col">kid</th>
          <th scope="col">{locale === 'lv' ? 'Veids' : 'Type'}</th>
          <th scope="col">{locale === 'lv' ? 'Pievienota' : 'Added'}</th>
          <th scope="col">{locale === 'lv' ? 'Derīga līdz' : 'Valid until'}</th>
          <th scope="col">{locale === 'lv' ? 'Statuss' : 'Status'}</th>
          {props.retireForm === undefined ? null : (
            <th scope="col">{locale === 'lv' ? 'Darbība' : 'Action'}</th>
          )}
        </tr>
      </thead>
      <tbody>
        {props.keys.map((key) => (
          <tr key={key.id}>
            <td>
              <code>{key.kid}</code>
            </td>
            <td>{key.type}</td>
            <td>{formatDateTime(key.addedAt, locale)}</td>
            <td>
              {validThrough(key.expiresAt, locale)}
              {key.expiringSoon ? (
                <strong> {locale === 'lv' ? '(beidzas drīz)' : '(expires soon)'}</strong>
              ) : null}
            </td>
            <td>
              <span class="tag">{KEY_STATE_LABELS[key.state][locale]}</span>
            </td>
            {props.retireForm === undefined ? null : (
              <td>{key.state === 'live' ? props.retireForm(key) : null}</td>
            )}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
