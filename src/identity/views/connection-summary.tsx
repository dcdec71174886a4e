import type { ComponentChildren } from 'preact';
import type { Locale } from '../../platform/i18n/locale.ts';
import { formatDateTime } from '../../platform/time/riga.ts';
import type { ConnectionView } from '../connection-reader.ts';
import { CONNECTION_STATUS_LABELS, ENVIRONMENT_LABELS } from './connection-parts.tsx';

/** The connection's facts as a summary list, for both sides' pages. */
export function ConnectionSummary(props: {
  locale: Locale;
  view: ConnectionView;
  tokenUrl: string;
}) {
  const { locale } = props;
  const c = props.view.connection;
  const row = (label: string, value: ComponentChildren) => (
    <tr>
      <th scope="row">{label}</th>
      <td>{value}</td>
    </tr>
  );
  return (
    <table class="summary-list">
      <tbody>
        {row(locale === 'lv' ? 'Organizācija' : 'Organisation', props.view.organisationName)}
        {row('client_id', <code>{c.client_id}</code>)}
        {row(locale === 'lv' ? 'Vide' : 'Environment', ENVIRONMENT_LABELS[c.environment][locale])}
        {row(
          locale === 'lv' ? 'Statuss' : 'Status',
          <span class="tag">{CONNECTION_STATUS_LABELS[c.status][locale]}</span>,
        )}
        {c.status === 'suspended' && c.suspension_reason !== null
          ? row(
              locale === 'lv' ? 'Apturēšanas iemesls' : 'Reason for suspension',
              c.suspension_reason,
            )
          : null}
        {row(locale === 'lv' ? 'Pieteikts' : 'Registered', formatDateTime(c.created_at, locale))}
        {c.activated_at === null
          ? null
          : row(
              locale === 'lv' ? 'Aktivizēts' : 'Activated',
              formatDateTime(c.activated_at, locale),
            )}
        {row(
          locale === 'lv' ? 'Avota adreses' : 'Source addresses',
          c.source_addresses.length === 0
            ? locale === 'lv'
              ? 'Jebkura'
              : 'Any'
            : c.source_addresses.join(', '),
        )}
        {row(
          locale === 'lv' ? 'Tokena adrese (aud)' : 'Token endpoint (aud)',
          <code>{props.tokenUrl}</code>,
        )}
      </tbody>
    </table>
  );
}
