import type { Locale } from '../../platform/i18n/locale.ts';
import {
  Checkbox,
  CsrfField,
  ErrorSummary,
  TextArea,
  TextField,
} from '../../platform/views/forms.tsx';
import { Layout, type PageContext } from '../../platform/views/layout.tsx';
import { fieldNames, LIMITS } from '../request-form.ts';
import { ENVIRONMENT_NAMES } from '../request-texts.ts';
import { DATA_SCOPES, SCOPE_FIELDS, SCOPE_NAMES } from '../scope-names.ts';

type Values = Record<string, string>;

export const REQUEST_TITLE = {
  lv: 'Pieprasījums datu saņemšanai no Iedzīvotāju reģistra',
  en: 'Request for data from the Population Register',
};

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
  const lv = locale === 'lv';
  return (
    <Layout ctx={ctx} title={REQUEST_TITLE[locale]}>
      <ErrorSummary locale={locale} errors={errors} />
      <h1>{REQUEST_TITLE[locale]}</h1>
      <p class="lead">
        {lv
          ? 'Norādiet, kurus datus organizācijai vajag, un katram datu apjomam – tiesisko pamatu un izmantošanas mērķi. Atbildi sniegsim 30 darba dienu laikā pēc iesniegšanas.'
          : 'Say which data your organisation needs and, for each data scope, the legal basis and the purpose of use. We answer within 30 working days of submission.'}
      </p>
      <p class="hint">
        {lv
          ? 'Ar zvaigznīti (*) atzīmētie lauki ir obligāti izvēlētajiem datu apjomiem.'
          : 'Fields marked with an asterisk (*) are mandatory for each chosen data scope.'}
      </p>
      <form method="post" action={props.action} novalidate>
        <CsrfField token={ctx.csrfToken} />
        <h2>{lv ? 'Datu apjomi' : 'Data scopes'}</h2>
        {DATA_SCOPES.map((scope) => {
          const names = fieldNames(scope);
          return (
            <fieldset key={scope} class="scope-group">
              <legend>{SCOPE_NAMES[scope][locale]}</legend>
              <p class="hint">{SCOPE_FIELDS[scope][locale]}</p>
              <Checkbox
                name={names.chosen}
                label={
                  lv
                    ? `Pieprasīt: ${SCOPE_NAMES[scope][locale]}`
                    : `Ask for: ${SCOPE_NAMES[scope][locale]}`
                }
                checked={values[names.chosen] === 'yes'}
                error={errors[names.chosen]}
              />
              <TextField
                name={names.law}
                required
                label={lv ? 'Likums vai cits normatīvais akts' : 'Law or other legal act'}
                hint={
                  lv
                    ? 'Piemēram, Fizisko personu reģistra likums'
                    : 'For example, the Natural Persons Register Law'
                }
                value={values[names.law]}
                error={errors[names.law]}
                maxLength={LIMITS.law}
              />
              <TextField
                name={names.article}
                required
                label={lv ? 'Pants, daļa vai punkts' : 'Article, paragraph or point'}
                value={values[names.article]}
                error={errors[names.article]}
                maxLength={LIMITS.article}
              />
              <TextArea
                name={names.purpose}
                required
                label={lv ? 'Datu izmantošanas mērķis' : 'Purpose of use'}
                value={values[names.purpose]}
                error={errors[names.purpose]}
                maxLength={LIMITS.purpose}
              />
            </fieldset>
          );
        })}
        <h2>{lv ? 'Pieslēgums' : 'Connection'}</h2>
        <fieldset class={errors.env_test === undefined ? 'field' : 'field has-error'}>
          <legend>{lv ? 'Vides (vismaz viena) *' : 'Environments (at least one) *'}</legend>
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
          label={
            lv ? 'Personu datu pārlūka lietotāju skaits' : 'Number of Person Data Browser users'
          }
          hint={lv ? 'No 0 līdz 1000' : 'From 0 to 1000'}
          value={values.pdpUsers}
          error={errors.pdpUsers}
          maxLength={4}
        />
        <TextField
          name="systemConnections"
          required
          label={lv ? 'Sistēmu pieslēgumu skaits' : 'Number of system connections'}
          hint={lv ? 'No 0 līdz 100' : 'From 0 to 100'}
          value={values.systemConnections}
          error={errors.systemConnections}
          maxLength={3}
        />
        <fieldset class={errors.monitoring_yes === undefined ? 'field' : 'field has-error'}>
          <legend>
            {lv
              ? 'Vai vajadzēs personu datu izmaiņu uzraudzību? *'
              : 'Will you need monitoring of changes to person data? *'}
          </legend>
          {errors.monitoring_yes === undefined ? null : (
            <p class="error-message">{errors.monitoring_yes}</p>
          )}
          <Radio
            name="monitoring"
            id="monitoring_yes"
            value="yes"
            label={lv ? 'Jā' : 'Yes'}
            checked={values.monitoring === 'yes'}
          />
          <Radio
            name="monitoring"
            id="monitoring_no"
            value="no"
            label={lv ? 'Nē' : 'No'}
            checked={values.monitoring === 'no'}
          />
        </fieldset>
        <TextField
          name="monitoringPersons"
          label={
            lv ? 'Aptuvenais uzraudzīto personu skaits (ja jā)' : 'About how many persons (if yes)'
          }
          value={values.monitoringPersons}
          error={errors.monitoringPersons}
          maxLength={8}
        />
        <button type="submit">{lv ? 'Saglabāt un turpināt' : 'Save and continue'}</button>
      </form>
      <p>
        <a href="/organizacijas/pieprasijumi">
          {lv ? 'Uz pieprasījumu sarakstu' : 'To the list of requests'}
        </a>
      </p>
    </Layout>
  );
}
