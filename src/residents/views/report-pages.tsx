import type { Locale, Text } from '../../platform/i18n/locale.ts';
import {
  CsrfField,
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

type Values = Record<string, string>;

const inLocale = (errors: FormErrors, locale: Locale): Record<string, string> =>
  Object.fromEntries(Object.entries(errors).map(([field, text]) => [field, text[locale]]));

const MANDATORY: Text = {
  lv: 'Ar zvaigznīti (*) atzīmētie lauki ir obligāti.',
  en: 'Fields marked with an asterisk (*) are mandatory.',
};

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
      <p>
        {locale === 'lv'
          ? 'Ziņojums tiks nosūtīts Iekšlietu ministrijas Informācijas centram.'
          : 'The report goes to the Information Centre of the Ministry of the Interior.'}
      </p>
      <p class="hint">{MANDATORY[locale]}</p>
      <form
        method="post"
        action={`/e-pakalpojumi/bdas/${props.runId}/nepilnibas`}
        enctype="multipart/form-data"
        novalidate
      >
        <CsrfField token={props.ctx.csrfToken} />
        <SelectField
          name="dataItem"
          required
          label={locale === 'lv' ? 'Kuri dati ir nepareizi' : 'Which data is wrong'}
          value={props.values.dataItem}
          error={errors.dataItem}
          options={[
            { value: '', label: locale === 'lv' ? 'Izvēlieties' : 'Choose' },
            ...Object.entries(DATA_ITEMS).map(([value, text]) => ({ value, label: text[locale] })),
          ]}
        />
        <TextArea
          name="description"
          required
          label={locale === 'lv' ? 'Kas ir nepareizi' : 'What is wrong'}
          value={props.values.description}
          error={errors.description}
          maxLength={2000}
        />
        <TextField
          name="correctValue"
          required
          label={locale === 'lv' ? 'Kādiem jābūt pareizajiem datiem' : 'What the correct data is'}
          value={props.values.correctValue}
          error={errors.correctValue}
          maxLength={500}
        />
        <TextField
          name="email"
          type="email"
          autocomplete="email"
          label={locale === 'lv' ? 'E-pasta adrese' : 'E-mail address'}
          hint={
            locale === 'lv'
              ? 'Norādiet e-pastu vai tālruni (*). Uz e-pastu sūtīsim ziņas par ziņojuma gaitu.'
              : 'Give an e-mail or a phone (*). We send news of the report to the e-mail.'
          }
          value={props.values.email}
          error={errors.email}
        />
        <TextField
          name="phone"
          type="tel"
          autocomplete="tel"
          label={locale === 'lv' ? 'Tālruņa numurs' : 'Phone number'}
          value={props.values.phone}
          error={errors.phone}
        />
        <FileField
          name="attachment"
          accept="image/jpeg,image/png,application/pdf"
          label={locale === 'lv' ? 'Pielikums (nav obligāts)' : 'Attachment (optional)'}
          hint={locale === 'lv' ? 'JPG, PNG vai PDF, līdz 2 MB' : 'JPG, PNG or PDF, up to 2 MB'}
          error={errors.attachment}
        />
        <button type="submit">{T.reportDeficiency[locale]}</button>
      </form>
      <BackToResult runId={props.runId} locale={locale} />
    </ServiceFrame>
  );
}

const ERROR_TITLE: Text = {
  lv: 'Kļūdas vai nepilnības pieteikums',
  en: 'Report an error or deficiency',
};

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
      <p>
        {locale === 'lv'
          ? 'Aprakstiet problēmu, kļūdu vai nepilnību e-pakalpojumā. Ziņas par pieteikuma gaitu sūtīsim uz norādīto e-pasta adresi.'
          : 'Describe the problem, error or deficiency in the e-service. We send news of the report to the e-mail address you give.'}
      </p>
      <p class="hint">{MANDATORY[locale]}</p>
      <form method="post" action={`/e-pakalpojumi/bdas/${props.runId}/kluda`} novalidate>
        <CsrfField token={props.ctx.csrfToken} />
        <TextField
          name="email"
          type="email"
          autocomplete="email"
          required
          label={locale === 'lv' ? 'E-pasta adrese' : 'E-mail address'}
          value={props.values.email}
          error={errors.email}
        />
        <TextArea
          name="description"
          required
          label={locale === 'lv' ? 'Apraksts' : 'Description'}
          value={props.values.description}
          error={errors.description}
          maxLength={2000}
        />
        <button type="submit">{locale === 'lv' ? 'Nosūtīt' : 'Send'}</button>
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
  const title = locale === 'lv' ? 'Ziņojums veiksmīgi nosūtīts' : 'Your report was sent';
  return (
    <ServiceFrame ctx={props.ctx} title={title}>
      <div class="panel-confirmation">
        <h1>{title}</h1>
        <p>
          {locale === 'lv' ? 'Ziņojuma numurs' : 'Report number'}:{' '}
          <strong>{props.reference}</strong>
        </p>
      </div>
      <p>
        {props.mailed
          ? locale === 'lv'
            ? 'Apstiprinājumu un ziņas par ziņojuma gaitu nosūtīsim uz Jūsu e-pastu.'
            : 'We send a confirmation and news of the report to your e-mail.'
          : locale === 'lv'
            ? 'Ja būs nepieciešams, sazināsimies ar Jums pa tālruni.'
            : 'If needed, we will contact you by phone.'}
      </p>
      <p>
        {locale === 'lv' ? 'Ziņojuma statusu redzēsiet sadaļā ' : 'You can see its status under '}
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
        {props.locale === 'lv' ? 'Atpakaļ uz rezultātu' : 'Back to the result'}
      </a>
    </p>
  );
}
