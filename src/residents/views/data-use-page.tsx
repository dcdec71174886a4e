import { ErrorSummary, TextField } from '../../platform/views/forms.tsx';
import { Layout, type PageContext } from '../../platform/views/layout.tsx';
import type { Locale } from '../../platform/i18n/locale.ts';
import type { DataUseView } from '../data-use.ts';
import type { ProvisionRow } from '../data-use-store.ts';
import { DATA_USE_TITLE, PROOF_TEXTS, summaryText } from '../data-use-texts.ts';
import { PROOF_HELP_PATH } from './proof-help-page.tsx';
import { ProvisionCells, ProvisionHeadings } from './provision-cells.tsx';
import { T } from './texts.ts';

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
  const lv = locale === 'lv';
  const inPeriod = values.no.trim() !== '' || values.lidz.trim() !== '';
  return (
    <Layout ctx={ctx} title={DATA_USE_TITLE[locale]}>
      <ErrorSummary locale={locale} errors={errors} />
      <h1>{DATA_USE_TITLE[locale]}</h1>
      <p class="lead">
        {lv
          ? 'Šeit redzams, kuras iestādes un uzņēmumi no Fizisko personu reģistra saņēma datus par Jums, kad, kādus datus, kādam mērķim un uz kāda tiesiskā pamata.'
          : 'Here you see which public bodies and companies received data about you from the Population Register: when, which data, for what purpose and on what legal basis.'}
      </p>
      <form method="get" action={DATA_USE_PATH} class="filters" novalidate>
        <TextField
          name="no"
          type="date"
          label={lv ? 'No' : 'From'}
          hint={lv ? 'GGGG-MM-DD' : 'YYYY-MM-DD'}
          value={values.no}
          error={errors.no}
        />
        <TextField
          name="lidz"
          type="date"
          label={lv ? 'Līdz' : 'To'}
          hint={lv ? 'GGGG-MM-DD' : 'YYYY-MM-DD'}
          value={values.lidz}
          error={errors.lidz}
        />
        <button type="submit">{lv ? 'Rādīt' : 'Show'}</button>
      </form>
      {view === null ? null : (
        <>
          <p>
            <strong>{summaryText(view, inPeriod, locale)}</strong>
          </p>
          {view.rows.length === 0 ? (
            <p>{lv ? 'Ierakstu nav.' : 'No records.'}</p>
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
            <nav class="actions" aria-label={lv ? 'Lapas' : 'Pages'}>
              {view.page > 1 ? (
                <a href={pageHref(values, view.page - 1)}>
                  {lv ? 'Jaunāki ieraksti' : 'Newer records'}
                </a>
              ) : null}
              {view.hasOlder ? (
                <a href={pageHref(values, view.page + 1)}>
                  {lv ? 'Vecāki ieraksti' : 'Older records'}
                </a>
              ) : null}
            </nav>
          ) : null}
        </>
      )}
      <p class="hint">
        {lv
          ? 'Ja to nosaka likums (piemēram, izmeklēšanas laikā), atsevišķs ieraksts var tikt parādīts vēlāk. Jūsu pašu skatījumi šajā lapā arī tiek reģistrēti.'
          : 'Where the law requires (for example during an investigation), a record may be shown later. Your own views of this page are recorded too.'}
      </p>
      <p>
        {PROOF_TEXTS.intro[locale]} <a href={PROOF_HELP_PATH}>{PROOF_TEXTS.helpLink[locale]}</a>
      </p>
      <p>
        <a href="/tavi-e-pakalpojumi">{T.yourServices[locale]}</a>
      </p>
    </Layout>
  );
}
