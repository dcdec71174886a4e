import type { Locale } from '../../platform/i18n/locale.ts';
import {
  CsrfField,
  FormTokenField,
  ErrorSummary,
  FileField,
  SelectField,
  TextArea,
  TextField,
} from '../../platform/views/forms.tsx';
import type { PageContext } from '../../platform/views/layout.tsx';
import { DATA_ITEMS, type FormErrors } from '../report-form.ts';
import { ServiceFrame } from './service-frame.tsx';
import { T } from './texts.ts';
import { reportPagesTexts } from '../texts/report-pages.ts';

type Values = Record<string, string>;

const inLocale = (errors: FormErrors, locale: Locale): Record<string, string> =>
  Object.fromEntries(Object.entries(errors).map(([field, text]) => [field, text[locale]]));

const MANDATORY = reportPagesTexts.mandatory;

/** Points 9–10: the deficiency form, mandatory fields marked "*", redisplayed with input kept. */
export function DeficiencyFormPage(props: {
  ctx: PageContext;
  runId: string;
  values: Values;
  errors: FormErrors;
}) {
  const { locale } = props.ctx;
  const errors = inLocale(props.errors, locale);
  return (
    <ServiceFrame ctx={props.ctx} title={T.reportDeficiency[locale]}>
      <ErrorSummary locale={locale} errors={errors} />
      <h1>{T.reportDeficiency[locale]}</h1>
      <p>{reportPagesTexts.deficiency.recipient[locale]}</p>
      <p class="hint">{MANDATORY[locale]}</p>
      <form
        method="post"
        action={`/e-pakalpojumi/bdas/${props.runId}/nepilnibas`}
        enctype="multipart/form-data"
        novalidate
      >
        <CsrfField token={props.ctx.csrfToken} />
        <FormTokenField ctx={props.ctx} />
        <SelectField
          name="dataItem"
          required
          label={reportPagesTexts.deficiency.dataItem[locale]}
          value={props.values.dataItem}
          error={errors.dataItem}
          options={[
            { value: '', label: reportPagesTexts.deficiency.choose[locale] },
            ...Object.entries(DATA_ITEMS).map(([value, text]) => ({ value, label: text[locale] })),
          ]}
        />
        <TextArea
          name="description"
          required
          label={reportPagesTexts.deficiency.description[locale]}
          value={props.values.description}
          error={errors.description}
          maxLength={2000}
        />
        <TextField
          name="correctValue"
          required
          label={reportPagesTexts.deficiency.correctValue[locale]}
          value={props.values.correctValue}
          error={errors.correctValue}
          maxLength={500}
        />
        <TextField
          name="email"
          type="email"
          autocomplete="email"
          label={reportPagesTexts.email[locale]}
          hint={reportPagesTexts.deficiency.emailHint[locale]}
          value={props.values.email}
          error={errors.email}
        />
        <TextField
          name="phone"
          type="tel"
          autocomplete="tel"
          label={reportPagesTexts.deficiency.phone[locale]}
          value={props.values.phone}
          error={errors.phone}
        />
        <FileField
          name="attachment"
          accept="image/jpeg,image/png,application/pdf"
          label={reportPagesTexts.deficiency.attachment[locale]}
          hint={reportPagesTexts.deficiency.attachmentHint[locale]}
          error={errors.attachment}
        />
        <button type="submit">{T.reportDeficiency[locale]}</button>
      </form>
      <BackToResult runId={props.runId} locale={locale} />
    </ServiceFrame>
  );
}

const ERROR_TITLE = reportPagesTexts.errorReport.title;

/** Point 12: the error report form, reached from the bottom of the result. */
export function ErrorReportPage(props: {
  ctx: PageContext;
  runId: string;
  values: Values;
  errors: FormErrors;
}) {
  const { locale } = props.ctx;
  const errors = inLocale(props.errors, locale);
  return (
    <ServiceFrame ctx={props.ctx} title={ERROR_TITLE[locale]}>
      <ErrorSummary locale={locale} errors={errors} />
      <h1>{ERROR_TITLE[locale]}</h1>
      <p>{reportPagesTexts.errorReport.intro[locale]}</p>
      <p class="hint">{MANDATORY[locale]}</p>
      <form method="post" action={`/e-pakalpojumi/bdas/${props.runId}/kluda`} novalidate>
        <CsrfField token={props.ctx.csrfToken} />
        <FormTokenField ctx={props.ctx} />
        <TextField
          name="email"
          type="email"
          autocomplete="email"
          required
          label={reportPagesTexts.email[locale]}
          value={props.values.email}
          error={errors.email}
        />
        <TextArea
          name="description"
          required
          label={reportPagesTexts.errorReport.description[locale]}
          value={props.values.description}
          error={errors.description}
          maxLength={2000}
        />
        <button type="submit">{reportPagesTexts.send[locale]}</button>
      </form>
      <BackToResult runId={props.runId} locale={locale} />
    </ServiceFrame>
  );
}

/** Point 10: the confirmation that the message was sent, with its reference number. */
export function ReportSentPage(props: {
  ctx: PageContext;
  runId: string;
  reference: string;
  mailed: boolean;
}) {
  const { locale } = props.ctx;
  const title = reportPagesTexts.sent.title[locale];
  return (
    <ServiceFrame ctx={props.ctx} title={title}>
      <div class="panel-confirmation">
        <h1>{title}</h1>
        <p>
          {reportPagesTexts.sent.reference[locale]}: <strong>{props.reference}</strong>
        </p>
      </div>
      <p>
        {props.mailed
          ? reportPagesTexts.sent.byEmail[locale]
          : reportPagesTexts.sent.byPhone[locale]}
      </p>
      <p>
        {reportPagesTexts.sent.statusUnder[locale]}
        <a href="/tavi-e-pakalpojumi">{T.yourServices[locale]}</a>.
      </p>
      <BackToResult runId={props.runId} locale={locale} />
    </ServiceFrame>
  );
}

function BackToResult(props: { runId: string; locale: Locale }) {
  return (
    <p>
      <a href={`/e-pakalpojumi/bdas/${props.runId}/rezultats`}>
        {reportPagesTexts.sent.backToResult[props.locale]}
      </a>
    </p>
  );
}
