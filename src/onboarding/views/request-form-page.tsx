import type { Locale } from '../../platform/i18n/locale.ts';
import {
  Checkbox,
  CsrfField,
  ErrorSummary,
  FormTokenField,
  TextArea,
  TextField,
} from '../../platform/views/forms.tsx';
import { Layout, type PageContext } from '../../platform/views/layout.tsx';
import { fieldNames, LIMITS } from '../request-form.ts';
import { ENVIRONMENT_NAMES } from '../request-texts.ts';
import { DATA_SCOPES, SCOPE_FIELDS, SCOPE_NAMES } from '../scope-names.ts';
import { requestPageTexts as texts } from '../texts/request-pages.ts';

type Values = Record<string, string>;

function Radio(props: {
  name: string;
  id: string;
  value: string;
  label: string;
  checked: boolean;
}) {
  return (
    <div class="field checkbox">
      <input
        id={props.id}
        name={props.name}
        type="radio"
        value={props.value}
        checked={props.checked}
      />
      <label for={props.id}>{props.label}</label>
    </div>
  );
}

/**
 * A scope's group opens when it is asked for, was written in, or has a problem to show; the
 * others stay closed, so the form is as long as the scopes chosen (without any script: the
 * browser opens a closed one at a click on its name).
 */
function isOpen(names: ReturnType<typeof fieldNames>, values: Values, errors: Values): boolean {
  if (values[names.chosen] === 'yes') return true;
  return [names.chosen, names.law, names.article, names.purpose].some(
    (field) => errors[field] !== undefined || (values[field] ?? '').trim() !== '',
  );
}

/**
 * The motivated request: per data scope the law, its article and the purpose; the environments;
 * how many browser users and system connections; monitoring. Saving keeps a draft.
 */
export function RequestFormPage(props: {
  ctx: PageContext;
  action: string;
  values: Values;
  errors: Record<string, string>;
}) {
  const { ctx, values, errors } = props;
  const locale: Locale = ctx.locale;
  const form = texts.form;
  return (
    <Layout ctx={ctx} title={form.title[locale]}>
      <ErrorSummary locale={locale} errors={errors} />
      <h1>{form.title[locale]}</h1>
      <p class="lead">{form.lead[locale]}</p>
      <p class="hint">{form.mandatory[locale]}</p>
      <form method="post" action={props.action} novalidate>
        <CsrfField token={ctx.csrfToken} />
        <FormTokenField ctx={ctx} />
        <h2>{texts.dataScopesHeading[locale]}</h2>
        <p class="hint">{texts.dataScopesHint[locale]}</p>
        {DATA_SCOPES.map((scope) => {
          const names = fieldNames(scope);
          const name = SCOPE_NAMES[scope][locale];
          return (
            <details key={scope} class="scope-group" open={isOpen(names, values, errors)}>
              <summary>{name}</summary>
              <fieldset>
                <legend class="visually-hidden">{name}</legend>
                <p class="hint">{SCOPE_FIELDS[scope][locale]}</p>
                <Checkbox
                  name={names.chosen}
                  label={form.askFor[locale](name)}
                  checked={values[names.chosen] === 'yes'}
                  error={errors[names.chosen]}
                />
                <TextField
                  name={names.law}
                  required
                  label={form.law[locale]}
                  hint={form.lawHint[locale]}
                  value={values[names.law]}
                  error={errors[names.law]}
                  maxLength={LIMITS.law}
                />
                <TextField
                  name={names.article}
                  required
                  label={form.article[locale]}
                  value={values[names.article]}
                  error={errors[names.article]}
                  maxLength={LIMITS.article}
                />
                <TextArea
                  name={names.purpose}
                  required
                  label={form.purpose[locale]}
                  value={values[names.purpose]}
                  error={errors[names.purpose]}
                  maxLength={LIMITS.purpose}
                />
              </fieldset>
            </details>
          );
        })}
        <h2>{texts.connectionHeading[locale]}</h2>
        <fieldset class={errors.env_test === undefined ? 'field' : 'field has-error'}>
          <legend>{form.environments[locale]}</legend>
          {(['test', 'production'] as const).map((e) => (
            <Checkbox
              key={e}
              name={`env_${e}`}
              label={ENVIRONMENT_NAMES[e][locale]}
              checked={values[`env_${e}`] === 'yes'}
              error={e === 'test' ? errors.env_test : undefined}
            />
          ))}
        </fieldset>
        <TextField
          name="pdpUsers"
          required
          label={form.pdpUsers[locale]}
          hint={form.pdpUsersHint[locale]}
          value={values.pdpUsers}
          error={errors.pdpUsers}
          maxLength={4}
        />
        <TextField
          name="systemConnections"
          required
          label={form.systemConnections[locale]}
          hint={form.systemConnectionsHint[locale]}
          value={values.systemConnections}
          error={errors.systemConnections}
          maxLength={3}
        />
        <fieldset class={errors.monitoring_yes === undefined ? 'field' : 'field has-error'}>
          <legend>{form.monitoring[locale]}</legend>
          {errors.monitoring_yes === undefined ? null : (
            <p class="error-message">{errors.monitoring_yes}</p>
          )}
          <Radio
            name="monitoring"
            id="monitoring_yes"
            value="yes"
            label={texts.yes[locale]}
            checked={values.monitoring === 'yes'}
          />
          <Radio
            name="monitoring"
            id="monitoring_no"
            value="no"
            label={texts.no[locale]}
            checked={values.monitoring === 'no'}
          />
        </fieldset>
        <TextField
          name="monitoringPersons"
          label={form.monitoringPersons[locale]}
          value={values.monitoringPersons}
          error={errors.monitoringPersons}
          maxLength={8}
        />
        <button type="submit">{form.save[locale]}</button>
      </form>
      <p>
        <a href="/organizacijas/pieprasijumi">{form.toList[locale]}</a>
      </p>
    </Layout>
  );
}
