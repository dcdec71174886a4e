import {
  type TariffRow,
  formatEuro,
  TARIFF_NAMES,
  type TariffOverview,
} from '../../agreements/service.ts';
import type { Locale } from '../../platform/i18n/locale.ts';
import {
  CsrfField,
  FormTokenField,
  ErrorSummary,
  SelectField,
  TextArea,
  TextField,
} from '../../platform/views/forms.tsx';
import { Layout, type PageContext } from '../../platform/views/layout.tsx';
import { tariffsPageTexts } from '../texts/tariffs-page.ts';

const TITLE = tariffsPageTexts.title;

function PriceRows(props: { rows: TariffRow[]; locale: Locale }) {
  return (
    <>
      {props.rows.map((r) => (
        <li key={r.id}>
          {tariffsPageTexts.table.priceFrom[props.locale](
            r.valid_from,
            formatEuro(r.amount_cents, props.locale),
            r.reason,
          )}
        </li>
      ))}
    </>
  );
}

/** The price list for staff: current prices, scheduled changes, history, and a new price form. */
export function TariffsPage(props: {
  ctx: PageContext;
  overview: TariffOverview[];
  today: string;
  values: Record<string, string>;
  errors: Record<string, string>;
  saved: boolean;
}) {
  const { locale } = props.ctx;
  return (
    <Layout ctx={props.ctx} title={TITLE[locale]}>
      <ErrorSummary locale={locale} errors={props.errors} />
      <h1>{TITLE[locale]}</h1>
      {props.saved ? (
        <div class="notice" role="status">
          {tariffsPageTexts.saved[locale]}
        </div>
      ) : null}
      <table>
        <caption class="visually-hidden">
          {tariffsPageTexts.table.caption[locale](props.today)}
        </caption>
        <thead>
          <tr>
            <th scope="col">{tariffsPageTexts.table.tariff[locale]}</th>
            <th scope="col">{tariffsPageTexts.table.priceToday[locale]}</th>
            <th scope="col">{tariffsPageTexts.table.appliesFrom[locale]}</th>
            <th scope="col">{tariffsPageTexts.table.scheduled[locale]}</th>
            <th scope="col">{tariffsPageTexts.table.history[locale]}</th>
          </tr>
        </thead>
        <tbody>
          {props.overview.map((t) => (
            <tr key={t.code}>
              <th scope="row">{TARIFF_NAMES[t.code][locale]}</th>
              <td>{t.current === null ? '—' : formatEuro(t.current.amount_cents, locale)}</td>
              <td>{t.current?.valid_from ?? '—'}</td>
              <td>
                {t.scheduled.length === 0 ? (
                  '—'
                ) : (
                  <ul>
                    <PriceRows rows={t.scheduled} locale={locale} />
                  </ul>
                )}
              </td>
              <td>
                {t.history.length === 0 ? (
                  '—'
                ) : (
                  <ul>
                    <PriceRows rows={t.history} locale={locale} />
                  </ul>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <form method="post" action="/darbinieki/tarifi" novalidate>
        <CsrfField token={props.ctx.csrfToken} />
        <FormTokenField ctx={props.ctx} />
        <h2>{tariffsPageTexts.form.heading[locale]}</h2>
        <SelectField
          name="code"
          required
          label={tariffsPageTexts.table.tariff[locale]}
          value={props.values.code}
          error={props.errors.code}
          options={[
            { value: '', label: tariffsPageTexts.form.choose[locale] },
            ...props.overview.map((t) => ({ value: t.code, label: TARIFF_NAMES[t.code][locale] })),
          ]}
        />
        <TextField
          name="amount"
          required
          label={tariffsPageTexts.form.amount[locale]}
          hint={tariffsPageTexts.form.amountHint[locale]}
          value={props.values.amount}
          error={props.errors.amount}
          maxLength={20}
        />
        <TextField
          name="validFrom"
          type="date"
          required
          label={tariffsPageTexts.table.appliesFrom[locale]}
          hint={tariffsPageTexts.form.validFromHint[locale]}
          value={props.values.validFrom ?? props.today}
          error={props.errors.validFrom}
        />
        <TextArea
          name="reason"
          required
          label={tariffsPageTexts.form.reason[locale]}
          hint={tariffsPageTexts.form.reasonHint[locale]}
          value={props.values.reason}
          error={props.errors.reason}
          maxLength={500}
        />
        <button type="submit">{tariffsPageTexts.form.save[locale]}</button>
      </form>
    </Layout>
  );
}
