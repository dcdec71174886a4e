import type { Locale, Text } from '../../platform/i18n/locale.ts';
import {
  CsrfField,
  ErrorSummary,
  TextField,
  type FieldErrors,
} from '../../platform/views/forms.tsx';
import { Layout, type PageContext } from '../../platform/views/layout.tsx';
import { SIGN_IN_METHODS } from '../sign-in-methods.ts';
import type { TestPerson } from './test-persons.ts';
import { interactionPageTexts } from '../texts/interaction-page.ts';
import { providerPagesTexts } from '../texts/provider-pages.ts';
import { sharedTexts } from '../texts/shared.ts';

export interface InteractionInput {
  method?: string | undefined;
  person?: string | undefined;
  personalCode?: string | undefined;
}

const TITLE: Text = interactionPageTexts.title;

interface RadioOption {
  value: string;
  label: string;
}

/**
 * Radios in a fieldset with a legend (GOV.UK's pattern). The first radio carries the group's
 * name as its id, so the error summary's link lands on it.
 */
function RadioGroup(props: {
  name: string;
  legend: string;
  options: RadioOption[];
  value: string | undefined;
  error: string | undefined;
}) {
  const errorId = `${props.name}-error`;
  return (
    <div class={props.error === undefined ? 'field' : 'field has-error'}>
      <fieldset aria-describedby={props.error === undefined ? undefined : errorId}>
        <legend>
          <strong>{props.legend}</strong>
          <span aria-hidden="true" class="required">
            {' *'}
          </span>
        </legend>
        {props.error === undefined ? null : (
          <p class="error-message" id={errorId}>
            {props.error}
          </p>
        )}
        {props.options.map((option, index) => {
          const id = index === 0 ? props.name : `${props.name}-${option.value}`;
          return (
            <div class="field checkbox" key={option.value}>
              <input
                type="radio"
                id={id}
                name={props.name}
                value={option.value}
                checked={option.value === props.value}
              />
              <label for={id}>{option.label}</label>
            </div>
          );
        })}
      </fieldset>
    </div>
  );
}

/** Our sign-in page at the development provider: the tester picks a method and a person. */
export function InteractionPage(props: {
  ctx: PageContext;
  uid: string;
  persons: readonly TestPerson[];
  input: InteractionInput;
  errors: FieldErrors;
}) {
  const { ctx, input, errors } = props;
  const locale: Locale = ctx.locale;
  return (
    <Layout ctx={ctx} title={TITLE[locale]}>
      <p class="caption">{providerPagesTexts.providerName[locale]}</p>
      <h1>{TITLE[locale]}</h1>
      <p class="notice">{interactionPageTexts.intro[locale]}</p>
      <ErrorSummary locale={locale} errors={errors} />
      <form method="post" action={`/dev-idp/interaction/${props.uid}`} novalidate>
        <CsrfField token={ctx.csrfToken} />
        <RadioGroup
          name="method"
          legend={interactionPageTexts.signInMethod[locale]}
          options={SIGN_IN_METHODS.map((m) => ({ value: m.method, label: m.label[locale] }))}
          value={input.method}
          error={errors.method}
        />
        <RadioGroup
          name="person"
          legend={interactionPageTexts.testPerson[locale]}
          options={props.persons.map((p) => ({
            value: p.personalCode,
            label: `${p.name}, ${p.personalCode} (${p.note[locale]})`,
          }))}
          value={input.person}
          error={errors.person}
        />
        <TextField
          name="personalCode"
          label={interactionPageTexts.personalCodeLabel[locale]}
          hint={interactionPageTexts.personalCodeHint[locale]}
          value={input.personalCode}
          error={errors.personalCode}
          autocomplete="off"
          maxLength={20}
        />
        <div class="actions">
          <button type="submit">{sharedTexts.signIn[locale]}</button>
          <button type="submit" name="cancel" value="yes" class="secondary">
            {interactionPageTexts.cancel[locale]}
          </button>
        </div>
      </form>
    </Layout>
  );
}
