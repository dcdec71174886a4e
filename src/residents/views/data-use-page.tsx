import { ErrorSummary, TextField } from '../../platform/views/forms.tsx';
import { PersonMonitoringSection } from '../../monitoring/views.ts';
import { Layout, type PageContext } from '../../platform/views/layout.tsx';
import type { Locale } from '../../platform/i18n/locale.ts';
import type { DataUseView } from '../data-use.ts';
import type { ProvisionRow } from '../data-use-store.ts';
import { DATA_USE_TITLE, PROOF_TEXTS, summaryText } from '../data-use-texts.ts';
import { PROOF_HELP_PATH } from './proof-help-page.tsx';
import { ProvisionCells, ProvisionHeadings } from './provision-cells.tsx';
import { T } from './texts.ts';
import { dataUsePageTexts } from '../texts/data-use-page.ts';

export const DATA_USE_PATH = '/kas-izmantoja-manus-datus';

/** Where one row's proof of inclusion is downloaded. */
export function proofPath(eventId: number | string): string {
  return `${DATA_USE_PATH}/ieraksti/${eventId}/pieradijums`;
}

/**
 * The proof cell of a row: a download once the row is sealed, a word that it soon will be, or,
 * for rows sealed before proofs existed, that there is none.
 */
function ProofCell(props: { row: ProvisionRow; locale: Locale }) {
  const { row, locale } = props;
  if (row.chain_position === null) return <td class="hint">{PROOF_TEXTS.pending[locale]}</td>;
  if (!row.provable) return <td class="hint">{PROOF_TEXTS.none[locale]}</td>;
  return (
    <td>
      <a href={proofPath(row.id)} download>
        {PROOF_TEXTS.download[locale]}
        <span class="visually-hidden">
          {' '}
          ({PROOF_TEXTS.record[locale]} {row.id})
        </span>
      </a>
    </td>
  );
}

/** A link to another page of the list, keeping the period. */
function pageHref(values: { no: string; lidz: string }, page: number): string {
  const params = new URLSearchParams();
  if (values.no !== '') params.set('no', values.no);
  if (values.lidz !== '') params.set('lidz', values.lidz);
  if (page > 1) params.set('lapa', String(page));
  const query = params.toString();
  return query === '' ? DATA_USE_PATH : `${DATA_USE_PATH}?${query}`;
}

/**
 * Every organisation that received the person's data from the Population Register, newest
 * first, with the period filter as a plain GET form (works without JavaScript).
 */
export function DataUsePage(props: {
  ctx: PageContext;
  values: { no: string; lidz: string };
  errors: Record<string, string>;
  /** Null when the period given was refused: nothing was read. */
  view: DataUseView | null;
}) {
  const { ctx, values, errors, view } = props;
  const locale = ctx.locale;
  const inPeriod = values.no.trim() !== '' || values.lidz.trim() !== '';
  return (
    <Layout ctx={ctx} title={DATA_USE_TITLE[locale]}>
      <ErrorSummary locale={locale} errors={errors} />
      <h1>{DATA_USE_TITLE[locale]}</h1>
      <p class="lead">{dataUsePageTexts.intro[locale]}</p>
      <form method="get" action={DATA_USE_PATH} class="filters" novalidate>
        <TextField
          name="no"
          type="date"
          label={dataUsePageTexts.from[locale]}
          hint={dataUsePageTexts.dateHint[locale]}
          value={values.no}
          error={errors.no}
        />
        <TextField
          name="lidz"
          type="date"
          label={dataUsePageTexts.to[locale]}
          hint={dataUsePageTexts.dateHint[locale]}
          value={values.lidz}
          error={errors.lidz}
        />
        <button type="submit">{dataUsePageTexts.show[locale]}</button>
      </form>
      {view === null ? null : (
        <>
          <p>
            <strong>{summaryText(view, inPeriod, locale)}</strong>
          </p>
          {view.rows.length === 0 ? (
            <p>{dataUsePageTexts.noRecords[locale]}</p>
          ) : (
            <table>
              <caption class="visually-hidden">{DATA_USE_TITLE[locale]}</caption>
              <thead>
                <tr>
                  <ProvisionHeadings locale={locale} />
                  <th scope="col">{PROOF_TEXTS.heading[locale]}</th>
                </tr>
              </thead>
              <tbody>
                {view.rows.map((row) => (
                  <tr key={row.id}>
                    <ProvisionCells locale={locale} row={row} />
                    <ProofCell locale={locale} row={row} />
                  </tr>
                ))}
              </tbody>
            </table>
          )}
          {view.page > 1 || view.hasOlder ? (
            <nav class="actions" aria-label={dataUsePageTexts.pages[locale]}>
              {view.page > 1 ? (
                <a href={pageHref(values, view.page - 1)}>
                  {dataUsePageTexts.newerRecords[locale]}
                </a>
              ) : null}
              {view.hasOlder ? (
                <a href={pageHref(values, view.page + 1)}>
                  {dataUsePageTexts.olderRecords[locale]}
                </a>
              ) : null}
            </nav>
          ) : null}
          <PersonMonitoringSection locale={locale} monitoring={view.monitoring} />
        </>
      )}
      <p class="hint">{dataUsePageTexts.delayedRecordsNote[locale]}</p>
      <p>
        {PROOF_TEXTS.intro[locale]} <a href={PROOF_HELP_PATH}>{PROOF_TEXTS.helpLink[locale]}</a>
      </p>
      <p>
        <a href="/tavi-e-pakalpojumi">{T.yourServices[locale]}</a>
      </p>
    </Layout>
  );
}
