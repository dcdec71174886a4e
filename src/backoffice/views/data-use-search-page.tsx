import {
  CsrfField,
  FormTokenField,
  ErrorSummary,
  TextArea,
  TextField,
} from '../../platform/views/forms.tsx';
import { Layout, type PageContext } from '../../platform/views/layout.tsx';
import { staffTexts } from '../texts/common.ts';
import { dataUseTexts } from '../texts/data-use.ts';

const texts = dataUseTexts.searchPage;

/** One question first: whose data use, and why the officer needs to see it. */
export function DataUseSearchPage(props: {
  ctx: PageContext;
  values: Record<string, string>;
  errors: Record<string, string>;
}) {
  const { ctx, values, errors } = props;
  const locale = ctx.locale;
  return (
    <Layout ctx={ctx} title={dataUseTexts.title[locale]}>
      <ErrorSummary locale={locale} errors={errors} />
      <h1>{dataUseTexts.title[locale]}</h1>
      <p>{texts.lead[locale]}</p>
      <form method="post" action="/darbinieki/datu-izmantosana" novalidate>
        <CsrfField token={ctx.csrfToken} />
        <FormTokenField ctx={ctx} />
        <TextField
          name="personalCode"
          required
          label={staffTexts.table.personalCode[locale]}
          hint={texts.personalCodeHint[locale]}
          value={values.personalCode}
          error={errors.personalCode}
          maxLength={20}
          autocomplete="off"
        />
        <TextArea
          name="reason"
          required
          label={staffTexts.form.justification[locale]}
          hint={texts.reasonHint[locale]}
          value={values.reason}
          error={errors.reason}
          maxLength={500}
        />
        <button type="submit">{texts.show[locale]}</button>
      </form>
    </Layout>
  );
}
