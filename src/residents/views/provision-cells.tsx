import type { Locale } from '../../platform/i18n/locale.ts';
import { formatDateTime } from '../../platform/time/dates.ts';
import { channelName, legalBasisText, scopeNames } from '../data-use-texts.ts';
import type { ProvisionRow } from '../data-use-store.ts';
import { provisionCellsTexts } from '../texts/provision-cells.ts';

/**
 * The columns of a provision that the resident's "who used my data" list and the staff's view of
 * a person's list both show, so the two tables read the same.
 */
export function ProvisionHeadings(props: { locale: Locale }) {
  return (
    <>
      <th scope="col">{provisionCellsTexts.dateAndTime[props.locale]}</th>
      <th scope="col">{provisionCellsTexts.organisation[props.locale]}</th>
      <th scope="col">{provisionCellsTexts.data[props.locale]}</th>
      <th scope="col">{provisionCellsTexts.purpose[props.locale]}</th>
      <th scope="col">{provisionCellsTexts.legalBasis[props.locale]}</th>
      <th scope="col">{provisionCellsTexts.channel[props.locale]}</th>
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
          {provisionCellsTexts.regNo[locale]}
          {row.registration_number}
        </span>
      </td>
      <td>{scopeNames(row.scopes, locale)}</td>
      <td>{row.purpose ?? '—'}</td>
      <td>{legalBasisText(row.legal_basis, locale)}</td>
      <td>{channelName(row.channel, locale)}</td>
    </>
  );
}
