import type { ComponentChildren } from 'preact';
import type { Locale } from '../../platform/i18n/locale.ts';
import { formatDateTime } from '../../platform/time/dates.ts';
import type { ConnectionView } from '../connection-reader.ts';
import { CONNECTION_STATUS_LABELS, ENVIRONMENT_LABELS } from './connection-parts.tsx';
import { connectionSummaryTexts } from '../texts/connection-summary.ts';
import { sharedTexts } from '../texts/shared.ts';

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
        {row(connectionSummaryTexts.organisation[locale], props.view.organisationName)}
        {row('client_id', <code>{c.client_id}</code>)}
        {row(sharedTexts.environment[locale], ENVIRONMENT_LABELS[c.environment][locale])}
        {row(
          sharedTexts.status[locale],
          <span class="tag">{CONNECTION_STATUS_LABELS[c.status][locale]}</span>,
        )}
        {c.status === 'suspended' && c.suspension_reason !== null
          ? row(connectionSummaryTexts.reasonForSuspension[locale], c.suspension_reason)
          : null}
        {row(sharedTexts.registered[locale], formatDateTime(c.created_at, locale))}
        {c.activated_at === null
          ? null
          : row(connectionSummaryTexts.activated[locale], formatDateTime(c.activated_at, locale))}
        {row(
          connectionSummaryTexts.sourceAddresses[locale],
          c.source_addresses.length === 0
            ? connectionSummaryTexts.any[locale]
            : c.source_addresses.join(', '),
        )}
        {row(connectionSummaryTexts.tokenEndpoint[locale], <code>{props.tokenUrl}</code>)}
      </tbody>
    </table>
  );
}
