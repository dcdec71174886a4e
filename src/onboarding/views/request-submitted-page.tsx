import { Layout, type PageContext } from '../../platform/views/layout.tsx';
import type { RequestView } from '../request-view.ts';
import { requestPageTexts as texts } from '../texts/request-pages.ts';

/** The confirmation: the reference and the deadline, and what happens next. */
export function RequestSubmittedPage(props: { ctx: PageContext; view: RequestView }) {
  const { ctx, view } = props;
  const { locale } = ctx;
  const words = texts.submitted;
  const title = words.title[locale];
  return (
    <Layout ctx={ctx} title={title}>
      <div class="panel-confirmation">
        <h1>{title}</h1>
        <p>
          {words.number[locale]}: <strong>{view.reference}</strong>
        </p>
      </div>
      {view.deadline === null ? null : (
        <p>
          <strong>{words.answerBy[locale](view.deadline)}</strong>
          {words.workingDays[locale]}
        </p>
      )}
      <p>{words.whatNext[locale]}</p>
      <p>
        <a href={`/organizacijas/pieprasijumi/${view.id}`}>{words.view[locale]}</a> ·{' '}
        <a href="/organizacijas/pieprasijumi">{texts.allRequests[locale]}</a>
      </p>
    </Layout>
  );
}
