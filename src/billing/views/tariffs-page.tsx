import {
  type TariffRow,
  formatEuro,
  TARIFF_NAMES,
  type TariffOverview,
} from '../../agreements/service.ts';
import type { Locale } from '../../platform/i18n/locale.ts';
import {
  CsrfField,
  ErrorSummary,
  SelectField,
  TextArea,
  TextField,
} from '../../platform/views/forms.tsx';
import { Layout, type PageContext } from '../../platform/views/layout.tsx';

const TITLE = { lv: 'Tarifi', en: 'Tariffs' };

function PriceRows(props: { rows: TariffRow[]; locale: Locale }) {
  return (
    <>
      {props.rows.map((r) => (
        <li key={r.id}>
          {props.locale === 'lv' ? 'no ' : 'from '}
          {r.valid_from}: EUR {formatEuro(r.amount_cents, props.locale)} ({r.reason})
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
  const lv = locale === 'lv';
  return (
    <Layout ctx={props.ctx} title={TITLE[locale]}>
      <ErrorSummary locale={locale} errors={props.errors} />
      <h1>{TITLE[locale]}</h1>
      {props.saved ? (
        <div class="notice" role="status">
          {lv ? 'Jaunā cena ir saglabāta.' : 'The new price is saved.'}
        </div>
      ) : null}
      <table>
        <caption class="visually-hidden">
          {lv ? `Cenas ${props.today}` : `Prices on ${props.today}`}
        </caption>
        <thead>
          <tr>
            <th scope="col">{lv ? 'Tarifs' : 'Tariff'}</th>
            <th scope="col">{lv ? 'Cena šodien, EUR' : 'Price today, EUR'}</th>
            <th scope="col">{lv ? 'Spēkā no' : 'Applies from'}</th>
            <th scope="col">{lv ? 'Plānotās izmaiņas' : 'Scheduled changes'}</th>
            <th scope="col">{lv ? 'Vēsture' : 'History'}</th>
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
        <h2>{lv ? 'Noteikt jaunu cenu' : 'Set a new price'}</h2>
        <SelectField
          name="code"
          required
          label={lv ? 'Tarifs' : 'Tariff'}
          value={props.values.code}
          error={props.errors.code}
          options={[
            { value: '', label: lv ? 'Izvēlieties' : 'Choose' },
            ...props.overview.map((t) => ({ value: t.code, label: TARIFF_NAMES[t.code][locale] })),
          ]}
        />
        <TextField
          name="amount"
          required
          label={lv ? 'Cena, EUR (ar PVN)' : 'Price, EUR (VAT included)'}
          hint={lv ? 'Piemēram, 245,12' : 'For example, 245.12'}
          value={props.values.amount}
          error={props.errors.amount}
          maxLength={20}
        />
        <TextField
          name="validFrom"
          type="date"
          required
          label={lv ? 'Spēkā no' : 'Applies from'}
          hint={lv ? 'Šodiena vai vēlāks datums' : 'Today or a later date'}
          value={props.values.validFrom ?? props.today}
          error={props.errors.validFrom}
        />
        <TextArea
          name="reason"
          required
          label={lv ? 'Pamatojums' : 'Reason'}
          hint={
            lv ? 'Piemēram, normatīvais akts un punkts' : 'For example, the regulation and point'
          }
          value={props.values.reason}
          error={props.errors.reason}
          maxLength={500}
        />
        <button type="submit">{lv ? 'Saglabāt cenu' : 'Save the price'}</button>
      </form>
    </Layout>
  );
}
