import { formatDay, type CalendarException } from '../../onboarding/service.ts';
import {
  CsrfField,
  FormTokenField,
  ErrorSummary,
  SelectField,
  TextField,
} from '../../platform/views/forms.tsx';
import { Layout, type PageContext } from '../../platform/views/layout.tsx';
import { calendarTexts as texts } from '../texts/calendar.ts';
import { staffTexts } from '../texts/common.ts';

/** The exceptions to the public-holiday rules from today on, and a form to add one. */
export function CalendarPage(props: {
  ctx: PageContext;
  rows: CalendarException[];
  values: Record<string, string>;
  errors: Record<string, string>;
}) {
  const { ctx, rows, values, errors } = props;
  const locale = ctx.locale;
  return (
    <Layout ctx={ctx} title={texts.title[locale]}>
      <ErrorSummary locale={locale} errors={errors} />
      <h1>{texts.title[locale]}</h1>
      <p>{texts.lead[locale]}</p>
      <h2>{texts.upcoming.heading[locale]}</h2>
      {rows.length === 0 ? (
        <p>{texts.upcoming.none[locale]}</p>
      ) : (
        <table>
          <thead>
            <tr>
              <th scope="col">{texts.date[locale]}</th>
              <th scope="col">{staffTexts.table.kind[locale]}</th>
              <th scope="col">{texts.basis[locale]}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => (
              <tr key={r.day}>
                <td>{formatDay(r.day, locale)}</td>
                <td>{texts.kinds[r.kind][locale]}</td>
                <td>{r.note}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <h2>{texts.form.heading[locale]}</h2>
      <form method="post" action="/darbinieki/kalendars" novalidate>
        <CsrfField token={ctx.csrfToken} />
        <FormTokenField ctx={ctx} />
        <TextField
          name="day"
          type="date"
          required
          label={texts.date[locale]}
          hint={texts.form.dateHint[locale]}
          value={values.day}
          error={errors.day}
        />
        <SelectField
          name="kind"
          required
          label={staffTexts.table.kind[locale]}
          value={values.kind}
          error={errors.kind}
          options={[
            { value: '', label: texts.form.choose[locale] },
            { value: 'working_day', label: texts.kinds.working_day[locale] },
            { value: 'holiday', label: texts.kinds.holiday[locale] },
          ]}
        />
        <TextField
          name="note"
          required
          label={texts.basis[locale]}
          hint={texts.form.basisHint[locale]}
          value={values.note}
          error={errors.note}
          maxLength={500}
        />
        <button type="submit">{texts.form.add[locale]}</button>
      </form>
      <p>
        <a href="/darbinieki/pieprasijumi">{staffTexts.link.toRequestQueue[locale]}</a>
      </p>
    </Layout>
  );
}
