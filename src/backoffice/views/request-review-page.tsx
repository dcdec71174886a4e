import { SCOPE_NAMES, type RequestView } from '../../onboarding/service.ts';
import { EventList, RequestFacts, ScopeTable } from '../../onboarding/views.ts';
import { CsrfField, ErrorSummary, TextArea } from '../../platform/views/forms.tsx';
import { Layout, type PageContext } from '../../platform/views/layout.tsx';

/**
 * One request for the officer: the facts and history, a question that stops the clock, and a
 * decision with its reason for each scope still pending.
 */
export function RequestReviewPage(props: {
  ctx: PageContext;
  view: RequestView;
  values: Record<string, string>;
  errors: Record<string, string>;
}) {
  const { ctx, view, values, errors } = props;
  const locale = ctx.locale;
  const lv = locale === 'lv';
  const title = `${lv ? 'Pieprasījums' : 'Request'} ${view.reference ?? ''}`;
  const base = `/darbinieki/pieprasijumi/${view.reference ?? ''}`;
  const pending = view.scopes.filter((s) => s.decision === 'pending');
  return (
    <Layout ctx={ctx} title={title}>
      <ErrorSummary locale={locale} errors={errors} />
      <h1>{title}</h1>
      <RequestFacts view={view} locale={locale} />
      <ScopeTable
        view={view}
        locale={locale}
        caption={lv ? 'Datu apjomi un lēmumi' : 'Data scopes and decisions'}
      />
      {view.status === 'clarification' ? (
        <p class="notice">
          {lv
            ? 'Gaida organizācijas precizējumu; termiņš ir apturēts.'
            : 'Waiting for the organisation’s clarification; the deadline is on hold.'}
        </p>
      ) : null}
      {view.status === 'submitted' && pending.length > 0 ? (
        <>
          <h2>{lv ? 'Lēmumi par datu apjomiem' : 'Decisions on data scopes'}</h2>
          {pending.map((s) => (
            <form
              key={s.scope}
              method="post"
              action={`${base}/lemums`}
              novalidate
              class="decision-form"
            >
              <CsrfField token={ctx.csrfToken} />
              <input type="hidden" name="scope" value={s.scope} />
              <fieldset
                class={errors[`decision_${s.scope}`] === undefined ? 'field' : 'field has-error'}
              >
                <legend>{SCOPE_NAMES[s.scope][locale]}</legend>
                {errors[`decision_${s.scope}`] === undefined ? null : (
                  <p class="error-message">{errors[`decision_${s.scope}`]}</p>
                )}
                {(['approved', 'refused'] as const).map((d) => (
                  <div class="field checkbox" key={d}>
                    <input
                      type="radio"
                      id={d === 'approved' ? `decision_${s.scope}` : `decision_${s.scope}_${d}`}
                      name={`decision_${s.scope}`}
                      value={d}
                      checked={values.scope === s.scope && values[`decision_${s.scope}`] === d}
                    />
                    <label
                      for={d === 'approved' ? `decision_${s.scope}` : `decision_${s.scope}_${d}`}
                    >
                      {d === 'approved'
                        ? lv
                          ? 'Apstiprināt'
                          : 'Approve'
                        : lv
                          ? 'Atteikt'
                          : 'Refuse'}
                    </label>
                  </div>
                ))}
                <TextArea
                  name={`reason_${s.scope}`}
                  required
                  label={lv ? 'Pamatojums' : 'Reason'}
                  value={values.scope === s.scope ? values[`reason_${s.scope}`] : ''}
                  error={errors[`reason_${s.scope}`]}
                  maxLength={2000}
                />
              </fieldset>
              <button type="submit">
                {lv ? 'Saglabāt lēmumu: ' : 'Save the decision: '}
                {SCOPE_NAMES[s.scope][locale]}
              </button>
            </form>
          ))}
          <h2>{lv ? 'Lūgt precizējumu' : 'Ask for clarification'}</h2>
          <form method="post" action={`${base}/precizet`} novalidate>
            <CsrfField token={ctx.csrfToken} />
            <TextArea
              name="question"
              required
              label={lv ? 'Jautājums organizācijai' : 'Question to the organisation'}
              hint={
                lv
                  ? 'Kamēr gaidām atbildi, termiņš netiek skaitīts.'
                  : 'The deadline does not run while we wait for the answer.'
              }
              value={values.question}
              error={errors.question}
              maxLength={4000}
            />
            <button type="submit" class="secondary">
              {lv ? 'Nosūtīt jautājumu' : 'Send the question'}
            </button>
          </form>
        </>
      ) : null}
      <EventList view={view} locale={locale} />
      <p>
        <a href="/darbinieki/pieprasijumi">
          {lv ? 'Uz pieprasījumu rindu' : 'To the request queue'}
        </a>
      </p>
    </Layout>
  );
}
