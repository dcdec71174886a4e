import type { ComponentChildren } from 'preact';
import type { Locale, Text } from '../../platform/i18n/locale.ts';
import { formatDateTime, formatDay } from '../../platform/time/dates.ts';
import type { ConnectionView, KeyView } from '../connection-reader.ts';
import type { ConnectionStatus } from '../tables.ts';
import { connectionPartsTexts } from '../texts/connection-parts.ts';
import { sharedTexts } from '../texts/shared.ts';

/** Pieces both the organisation's and the staff's connection pages show. */

type ConnectionRow = ConnectionView['connection'];

export const CONNECTION_STATUS_LABELS: Record<ConnectionStatus, Text> = {
  pending: connectionPartsTexts.connectionStatusLabels.pending,
  active: connectionPartsTexts.connectionStatusLabels.active,
  suspended: connectionPartsTexts.connectionStatusLabels.suspended,
};

export const ENVIRONMENT_LABELS: Record<'test' | 'production', Text> = {
  test: connectionPartsTexts.environmentLabels.test,
  production: connectionPartsTexts.environmentLabels.production,
};

const KEY_STATE_LABELS: Record<KeyView['state'], Text> = {
  live: connectionPartsTexts.keyStateLabels.live,
  retired: connectionPartsTexts.keyStateLabels.retired,
  expired: connectionPartsTexts.keyStateLabels.expired,
};

/** A key is valid through the day before its expiry instant (the start of a Riga day). */
function validThrough(expiresAt: Date, locale: Locale): string {
  return formatDay(new Date(expiresAt.getTime() - 1), locale);
}

/** The warning shown where live keys expire within the warning period. */
export function KeyExpiryWarning(props: { locale: Locale; count: number }) {
  if (props.count === 0) return null;
  return (
    <div class="notice" role="status">
      <p>
        <strong>{connectionPartsTexts.expiryWarning[props.locale](props.count)}</strong>{' '}
        {connectionPartsTexts.expiryAdvice[props.locale]}
      </p>
    </div>
  );
}

/** A note after a connection's name in a list when one of its live keys expires soon. */
export function KeyExpiresSoonNote(props: { locale: Locale; expiringKeys: number }) {
  if (props.expiringKeys <= 0) return null;
  return <strong> {connectionPartsTexts.keyExpiresSoon[props.locale]}</strong>;
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
      <caption class="visually-hidden">{sharedTexts.keys[locale]}</caption>
      <thead>
        <tr>
          <th scope="col">{connectionPartsTexts.kid[locale]}</th>
          <th scope="col">{connectionPartsTexts.type[locale]}</th>
          <th scope="col">{connectionPartsTexts.added[locale]}</th>
          <th scope="col">{connectionPartsTexts.validUntil[locale]}</th>
          <th scope="col">{sharedTexts.status[locale]}</th>
          {props.retireForm === undefined ? null : (
            <th scope="col">{connectionPartsTexts.action[locale]}</th>
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
                <strong> {connectionPartsTexts.expiresSoon[locale]}</strong>
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
