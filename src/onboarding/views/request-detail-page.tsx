import { CsrfField, ErrorSummary, FormTokenField, TextArea } from '../../platform/views/forms.tsx';
import { Layout, type PageContext } from '../../platform/views/layout.tsx';
import type { RequestView } from '../request-view.ts';
import { requestPageTexts as texts } from '../texts/request-pages.ts';
import { EventList, RequestFacts, ScopeTable } from './request-parts.tsx';

/** One request as the organisation sees it; while staff wait for a clarification, the form. */
export function RequestDetailPage(props: {
  ctx: PageContext;
  view: RequestView;
  values: Record<string, string>;
  errors: Record<string, string>;
}) {
  const { ctx, view } = props;
  const locale = ctx.locale;
  const words = texts.detail;
  const title = `${words.title[locale]} ${view.reference ?? ''}`.trim();
  return (
    <Layout ctx={ctx} title={title}>
      <ErrorSummary locale={locale} errors={props.errors} />
      <h1>{title}</h1>
      {view.openQuestion === null ? null : (
        <section class="notice" aria-labelledby="question-title">
          <h2 id="question-title">{words.question[locale]}</h2>
          <p class="event-body">{view.openQuestion.body}</p>
          <form
            method="post"
            action={`/organizacijas/pieprasijumi/${view.id}/precizejums`}
            novalidate
          >
            <CsrfField token={ctx.csrfToken} />
            <FormTokenField ctx={ctx} />
            <TextArea
              name="answer"
              required
              label={words.answer[locale]}
              value={props.values.answer}
              error={props.errors.answer}
              maxLength={4000}
            />
            <button type="submit">{words.send[locale]}</button>
          </form>
        </section>
      )}
      <RequestFacts view={view} locale={locale} />
      <ScopeTable view={view} locale={locale} caption={words.scopesCaption[locale]} />
      <EventList view={view} locale={locale} />
      <p>
        <a href="/organizacijas/pieprasijumi">{texts.allRequests[locale]}</a>
      </p>
    </Layout>
  );
}
