import type { Locale } from '../../platform/i18n/locale.ts';
import { formatDateTime } from '../../platform/time/riga.ts';
import { channelName, scopeNames } from '../data-use-texts.ts';
import type { ProvisionRow } from '../data-use-store.ts';

/**
 * The columns of a provision that the resident's "who used my data" list and the staff's view of
 * a person's list both show, so the two tables read the same.
 */
export function ProvisionHeadings(props: { locale: Locale }) {
  const lv = props.locale === 'lv';
  return (
    <>
      <th scope="col">{lv ? 'Datums un laiks' : 'Date and time'}</th>
      <th scope="col">{lv ? 'Organizācija' : 'Organisation'}</th>
      <th scope="col">{lv ? 'Dati' : 'Data'}</th>
      <th scope="col">{lv ? 'Mērķis' : 'Purpose'}</th>
      <th scope="col">{lv ? 'Tiesiskais pamats' : 'Legal basis'}</th>
      <th scope="col">{lv ? 'Veids' : 'Channel'}</th>
    </>
  );
}

/** One provision's cells under `ProvisionHeadings`. */
export function ProvisionCells(props: { locale: Locale; row: ProvisionRow }) {
  const { locale, row } = props;
  return (
    <>
      <td>{formatDateTime(row.occurred_at, locale)}</td>
      <td>
        {row.organisation_name}
        <br />
        <span class="hint">
          {locale === 'lv' ? 'Reģ. Nr. ' : 'Reg. No. '}
          {row.registration_number}
        </span>
      </td>
      <td>{scopeNames(row.scopes, locale)}</td>
      <td>{row.purpose ?? '—'}</td>
      <td>{row.legal_basis ?? '—'}</td>
      <td>{channelName(row.channel, locale)}</td>
    </>
  );
}
