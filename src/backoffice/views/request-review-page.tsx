import { SCOPE_NAMES, type RequestView } from '../../onboarding/service.ts';
import { EventList, RequestFacts, ScopeTable } from '../../onboarding/views.ts';
import { CsrfField, FormTokenField, ErrorSummary, TextArea } from '../../platform/views/forms.tsx';
import { Layout, type PageContext } from '../../platform/views/layout.tsx';
import { staffTexts } from '../texts/common.ts';
import { requestTexts } from '../texts/requests.ts';

const texts = requestTexts.reviewPage;

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
  const title = `${staffTexts.table.request[locale]} ${view.reference ?? ''}`;
  const base = `/darbinieki/pieprasijumi/${view.reference ?? ''}`;
  const pending = view.scopes.filter((s) => s.decision === 'pending');
  return (
    <Layout ctx={ctx} title={title}>
      <ErrorSummary locale={locale} errors={errors} />
      <h1>{title}</h1>
      <RequestFacts view={view} locale={locale} />
      <ScopeTable view={view} locale={locale} caption={texts.scopesCaption[locale]} />
      {view.status === 'clarification' ? <p class="notice">{texts.onHold[locale]}</p> : null}
      {view.status === 'submitted' && pending.length > 0 ? (
        <>
          <h2>{texts.decisions.heading[locale]}</h2>
          {pending.map((s) => (
            <form
              key={s.scope}
              method="post"
              action={`${base}/lemums`}
              novalidate
              class="decision-form"
            >
              <CsrfField token={ctx.csrfToken} />
              <FormTokenField ctx={ctx} />
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
                      {texts.decisions[d === 'approved' ? 'approve' : 'refuse'][locale]}
                    </label>
                  </div>
                ))}
                <TextArea
                  name={`reason_${s.scope}`}
                  required
                  label={staffTexts.form.justification[locale]}
                  value={values.scope === s.scope ? values[`reason_${s.scope}`] : ''}
                  error={errors[`reason_${s.scope}`]}
                  maxLength={2000}
                />
              </fieldset>
              <button type="submit">
                {texts.decisions.save[locale]}
                {SCOPE_NAMES[s.scope][locale]}
              </button>
            </form>
          ))}
          <h2>{texts.clarification.heading[locale]}</h2>
          <form method="post" action={`${base}/precizet`} novalidate>
            <CsrfField token={ctx.csrfToken} />
            <FormTokenField ctx={ctx} />
            <TextArea
              name="question"
              required
              label={texts.clarification.question[locale]}
              hint={texts.clarification.questionHint[locale]}
              value={values.question}
              error={errors.question}
              maxLength={4000}
            />
            <button type="submit" class="secondary">
              {texts.clarification.send[locale]}
            </button>
          </form>
        </>
      ) : null}
      <EventList view={view} locale={locale} />
      <p>
        <a href="/darbinieki/pieprasijumi">{staffTexts.link.toRequestQueue[locale]}</a>
      </p>
    </Layout>
  );
}
