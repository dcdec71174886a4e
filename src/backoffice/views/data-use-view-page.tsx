import type { Locale } from '../../platform/i18n/locale.ts';
import { Layout, type PageContext } from '../../platform/views/layout.tsx';
import { feeText, type ProvisionRow, type StaffView } from '../../residents/service.ts';
import { ProvisionCells, ProvisionHeadings } from '../../residents/views.ts';
import { staffTexts } from '../texts/common.ts';
import { dataUseTexts } from '../texts/data-use.ts';

const texts = dataUseTexts.viewPage;

export function environmentName(env: string | null, locale: Locale): string {
  return env === 'production' || env === 'test'
    ? dataUseTexts.environments[env][locale]
    : (env ?? '—');
}

/** A hold in force (its day still ahead) hides the row from the person. */
export function holdText(row: ProvisionRow, today: string, locale: Locale): string {
  const hold = dataUseTexts.hold;
  if (row.hold_until === null) return hold.none[locale];
  if (row.hold_until <= today) return hold.ended[locale](row.hold_until);
  return hold.hiddenUntil[locale](row.hold_until);
}

/** The person's provision rows as staff see them: both environments, fees, holds. */
export function DataUseViewPage(props: {
  ctx: PageContext;
  view: StaffView;
  rows: ProvisionRow[];
  today: string;
  notice: keyof typeof texts.notices | null;
}) {
  const { ctx, view, rows, today } = props;
  const locale = ctx.locale;
  const base = `/darbinieki/datu-izmantosana/skatijums/${view.viewId}`;
  return (
    <Layout ctx={ctx} title={dataUseTexts.title[locale]}>
      {props.notice === null ? null : (
        <div class="notice" role="status">
          <p>{texts.notices[props.notice][locale]}</p>
        </div>
      )}
      <h1>{dataUseTexts.title[locale]}</h1>
      <dl class="summary-list">
        <div>
          <dt>{staffTexts.table.personalCode[locale]}</dt>
          <dd>{view.personalCode}</dd>
        </div>
        <div>
          <dt>{texts.viewReason[locale]}</dt>
          <dd>{view.reason}</dd>
        </div>
      </dl>
      {rows.length === 0 ? (
        <p>{texts.none[locale]}</p>
      ) : (
        <table>
          <caption class="visually-hidden">{dataUseTexts.title[locale]}</caption>
          <thead>
            <tr>
              <th scope="col">{texts.record[locale]}</th>
              <ProvisionHeadings locale={locale} />
              <th scope="col">{staffTexts.table.environment[locale]}</th>
              <th scope="col">{texts.fee[locale]}</th>
              <th scope="col">{texts.hold[locale]}</th>
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
                      ? texts.hide[locale]
                      : dataUseTexts.hold.change[locale]}
                    <span class="visually-hidden">{texts.whichRecord[locale](row.id)}</span>
                  </a>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <p>
        <a href="/darbinieki/datu-izmantosana">{texts.searchAgain[locale]}</a>
      </p>
    </Layout>
  );
}
