import { ErrorSummary, TextField } from '../../platform/views/forms.tsx';
import { Layout, type PageContext } from '../../platform/views/layout.tsx';
import type { DataUseView } from '../data-use.ts';
import { DATA_USE_TITLE, summaryText } from '../data-use-texts.ts';
import { ProvisionCells, ProvisionHeadings } from './provision-cells.tsx';
import { T } from './texts.ts';

export const DATA_USE_PATH = '/kas-izmantoja-manus-datus';

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
                </tr>
              </thead>
              <tbody>
                {view.rows.map((row) => (
                  <tr key={row.id}>
                    <ProvisionCells locale={locale} row={row} />
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
        <a href="/tavi-e-pakalpojumi">{T.yourServices[locale]}</a>
      </p>
    </Layout>
  );
}
