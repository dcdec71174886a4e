import { formatDay } from '../../onboarding/service.ts';
import { Layout, type PageContext } from '../../platform/views/layout.tsx';
import { feeText, type ProvisionRow, type StaffView } from '../../residents/service.ts';
import { ProvisionCells, ProvisionHeadings } from '../../residents/views.ts';
import { DATA_USE_STAFF_TITLE } from './data-use-search-page.tsx';

const NOTICES = {
  hold_set: { lv: 'Ieraksta slēpšana saglabāta.', en: 'The hold on the record was saved.' },
  hold_lifted: {
    lv: 'Slēpšana atcelta: persona ierakstu redz.',
    en: 'The hold was lifted: the person sees the record.',
  },
} as const;

export const ENVIRONMENT_NAMES = {
  production: { lv: 'Ražošanas', en: 'Production' },
  test: { lv: 'Testa', en: 'Test' },
} as const;

export function environmentName(env: string | null, locale: 'lv' | 'en'): string {
  return env === 'production' || env === 'test' ? ENVIRONMENT_NAMES[env][locale] : (env ?? '—');
}

/** A hold in force (its day still ahead) hides the row from the person. */
export function holdText(row: ProvisionRow, today: string, locale: 'lv' | 'en'): string {
  if (row.hold_until === null) return locale === 'lv' ? 'Nav' : 'None';
  const day = formatDay(row.hold_until, locale);
  if (row.hold_until <= today) return locale === 'lv' ? `Beidzās ${day}` : `Ended ${day}`;
  return locale === 'lv' ? `Slēpts līdz ${day}` : `Hidden until ${day}`;
}

/** The person's provision rows as staff see them: both environments, fees, holds. */
export function DataUseViewPage(props: {
  ctx: PageContext;
  view: StaffView;
  rows: ProvisionRow[];
  today: string;
  notice: keyof typeof NOTICES | null;
}) {
  const { ctx, view, rows, today } = props;
  const locale = ctx.locale;
  const lv = locale === 'lv';
  const base = `/darbinieki/datu-izmantosana/skatijums/${view.viewId}`;
  return (
    <Layout ctx={ctx} title={DATA_USE_STAFF_TITLE[locale]}>
      {props.notice === null ? null : (
        <div class="notice" role="status">
          <p>{NOTICES[props.notice][locale]}</p>
        </div>
      )}
      <h1>{DATA_USE_STAFF_TITLE[locale]}</h1>
      <dl class="summary-list">
        <div>
          <dt>{lv ? 'Personas kods' : 'Personal code'}</dt>
          <dd>{view.personalCode}</dd>
        </div>
        <div>
          <dt>{lv ? 'Skatījuma pamatojums' : 'Reason for the view'}</dt>
          <dd>{view.reason}</dd>
        </div>
      </dl>
      {rows.length === 0 ? (
        <p>
          {lv
            ? 'Personas dati organizācijām nav izsniegti.'
            : 'No data of this person was provided.'}
        </p>
      ) : (
        <table>
          <caption class="visually-hidden">{DATA_USE_STAFF_TITLE[locale]}</caption>
          <thead>
            <tr>
              <th scope="col">{lv ? 'Ieraksts' : 'Record'}</th>
              <ProvisionHeadings locale={locale} />
              <th scope="col">{lv ? 'Vide' : 'Environment'}</th>
              <th scope="col">{lv ? 'Maksa' : 'Fee'}</th>
              <th scope="col">{lv ? 'Slēpšana' : 'Hold'}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={row.id}>
                <td>
                  <code>{row.id}</code>
                </td>
                <ProvisionCells locale={locale} row={row} />
                <td>{environmentName(row.environment, locale)}</td>
                <td>{feeText(row.fee_cents, row.fee_exempt, locale)}</td>
                <td>
                  {holdText(row, today, locale)}
                  {row.hold_reason === null ? null : (
                    <>
                      <br />
                      <span class="hint">{row.hold_reason}</span>
                    </>
                  )}
                  <br />
                  <a href={`${base}/ieraksti/${row.id}`}>
                    {row.hold_until === null
                      ? lv
                        ? 'Slēpt'
                        : 'Hide'
                      : lv
                        ? 'Mainīt slēpšanu'
                        : 'Change the hold'}
                    <span class="visually-hidden">
                      {lv ? ` (ieraksts ${row.id})` : ` (record ${row.id})`}
                    </span>
                  </a>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <p>
        <a href="/darbinieki/datu-izmantosana">
          {lv ? 'Meklēt citu personu' : 'Look up another person'}
        </a>
      </p>
    </Layout>
  );
}
