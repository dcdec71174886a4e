import { formatDay, type CalendarException } from '../../onboarding/service.ts';
import { CsrfField, ErrorSummary, SelectField, TextField } from '../../platform/views/forms.tsx';
import { Layout, type PageContext } from '../../platform/views/layout.tsx';

const TITLE = { lv: 'Darba dienu kalendārs', en: 'Working-day calendar' };
const KIND_NAMES = {
  working_day: {
    lv: 'Pārceltā darba diena (strādājama sestdiena)',
    en: 'Transferred working day (a Saturday worked)',
  },
  holiday: {
    lv: 'Brīvdiena (vienreizēja svētku diena vai pārcelta darba diena)',
    en: 'Day off (one-off holiday or a day transferred)',
  },
} as const;

/** The exceptions to the public-holiday rules from today on, and a form to add one. */
export function CalendarPage(props: {
  ctx: PageContext;
  rows: CalendarException[];
  values: Record<string, string>;
  errors: Record<string, string>;
}) {
  const { ctx, rows, values, errors } = props;
  const locale = ctx.locale;
  const lv = locale === 'lv';
  return (
    <Layout ctx={ctx} title={TITLE[locale]}>
      <ErrorSummary locale={locale} errors={errors} />
      <h1>{TITLE[locale]}</h1>
      <p>
        {lv
          ? 'Svētku dienas pēc likuma tiek ņemtas vērā automātiski. Šeit ierakstiet Ministru kabineta rīkojumos noteiktās pārceltās darba dienas un vienreizējās svētku dienas; tās ietekmē visus termiņus.'
          : 'Public holidays by law are known already. Record here the transferred working days and one-off holidays set by Cabinet orders; they affect every deadline.'}
      </p>
      <h2>{lv ? 'Gaidāmie izņēmumi' : 'Upcoming exceptions'}</h2>
      {rows.length === 0 ? (
        <p>{lv ? 'Izņēmumu nav.' : 'No exceptions.'}</p>
      ) : (
        <table>
          <thead>
            <tr>
              <th scope="col">{lv ? 'Datums' : 'Date'}</th>
              <th scope="col">{lv ? 'Veids' : 'Kind'}</th>
              <th scope="col">{lv ? 'Pamatojums' : 'Basis'}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => (
              <tr key={r.day}>
                <td>{formatDay(r.day, locale)}</td>
                <td>{KIND_NAMES[r.kind][locale]}</td>
                <td>{r.note}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <h2>{lv ? 'Pievienot izņēmumu' : 'Add an exception'}</h2>
      <form method="post" action="/darbinieki/kalendars" novalidate>
        <CsrfField token={ctx.csrfToken} />
        <TextField
          name="day"
          type="date"
          required
          label={lv ? 'Datums' : 'Date'}
          hint={lv ? 'GGGG-MM-DD' : 'YYYY-MM-DD'}
          value={values.day}
          error={errors.day}
        />
        <SelectField
          name="kind"
          required
          label={lv ? 'Veids' : 'Kind'}
          value={values.kind}
          error={errors.kind}
          options={[
            { value: '', label: lv ? 'Izvēlieties' : 'Choose' },
            { value: 'working_day', label: KIND_NAMES.working_day[locale] },
            { value: 'holiday', label: KIND_NAMES.holiday[locale] },
          ]}
        />
        <TextField
          name="note"
          required
          label={lv ? 'Pamatojums' : 'Basis'}
          hint={
            lv ? 'Piemēram, MK 10.06.2025. rīkojums Nr. …' : 'For example, the Cabinet order of …'
          }
          value={values.note}
          error={errors.note}
          maxLength={500}
        />
        <button type="submit">{lv ? 'Pievienot' : 'Add'}</button>
      </form>
      <p>
        <a href="/darbinieki/pieprasijumi">
          {lv ? 'Uz pieprasījumu rindu' : 'To the request queue'}
        </a>
      </p>
    </Layout>
  );
}
