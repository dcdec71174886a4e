import { CsrfField, ErrorSummary, TextArea, TextField } from '../../platform/views/forms.tsx';
import { Layout, type PageContext } from '../../platform/views/layout.tsx';

export const DATA_USE_STAFF_TITLE = {
  lv: 'Personas datu izmantošana',
  en: 'Use of a person’s data',
} as const;

/** One question first: whose data use, and why the officer needs to see it. */
export function DataUseSearchPage(props: {
  ctx: PageContext;
  values: Record<string, string>;
  errors: Record<string, string>;
}) {
  const { ctx, values, errors } = props;
  const locale = ctx.locale;
  const lv = locale === 'lv';
  return (
    <Layout ctx={ctx} title={DATA_USE_STAFF_TITLE[locale]}>
      <ErrorSummary locale={locale} errors={errors} />
      <h1>{DATA_USE_STAFF_TITLE[locale]}</h1>
      <p>
        {lv
          ? 'Parāda, kurām organizācijām izsniegti personas dati, un ļauj uz laiku paslēpt ierakstu no personas. Katrs skatījums tiek reģistrēts ar Jūsu norādīto pamatojumu.'
          : 'Shows which organisations received the person’s data, and lets you hide a record from the person for a time. Every view is recorded with the reason you give.'}
      </p>
      <form method="post" action="/darbinieki/datu-izmantosana" novalidate>
        <CsrfField token={ctx.csrfToken} />
        <TextField
          name="personalCode"
          required
          label={lv ? 'Personas kods' : 'Personal code'}
          hint={lv ? 'Piemēram, 010101-10006' : 'For example, 010101-10006'}
          value={values.personalCode}
          error={errors.personalCode}
          maxLength={20}
          autocomplete="off"
        />
        <TextArea
          name="reason"
          required
          label={lv ? 'Pamatojums' : 'Reason'}
          hint={
            lv
              ? 'Piemēram, personas iesnieguma vai lietas numurs'
              : 'For example, the number of the person’s application or of the case'
          }
          value={values.reason}
          error={errors.reason}
          maxLength={500}
        />
        <button type="submit">{lv ? 'Rādīt' : 'Show'}</button>
      </form>
    </Layout>
  );
}
