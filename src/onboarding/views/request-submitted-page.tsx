import { Layout, type PageContext } from '../../platform/views/layout.tsx';
import { formatDay } from '../request-texts.ts';
import type { RequestView } from '../request-view.ts';

/** The confirmation: the reference and the deadline, and what happens next. */
export function RequestSubmittedPage(props: { ctx: PageContext; view: RequestView }) {
  const { ctx, view } = props;
  const lv = ctx.locale === 'lv';
  const title = lv ? 'Pieprasījums iesniegts' : 'Request submitted';
  return (
    <Layout ctx={ctx} title={title}>
      <div class="panel-confirmation">
        <h1>{title}</h1>
        <p>
          {lv ? 'Pieprasījuma numurs' : 'Request number'}: <strong>{view.reference}</strong>
        </p>
      </div>
      {view.deadline === null ? null : (
        <p>
          {lv ? 'Atbildi sniegsim līdz ' : 'We will answer by '}
          <strong>{formatDay(view.deadline, ctx.locale)}</strong>
          {lv ? ' (30 darba dienas).' : ' (30 working days).'}
        </p>
      )}
      <p>
        {lv
          ? 'Apstiprinājumu nosūtījām uz organizācijas paziņojumu e-pastu un Jums. Ja lūgsim pieprasījumu precizēt, termiņš pagarināsies par darba dienām, kamēr gaidīsim atbildi.'
          : 'We sent a confirmation to the organisation’s notice e-mail and to you. If we ask you to clarify the request, the deadline moves by the working days we wait for your answer.'}
      </p>
      <p>
        <a href={`/organizacijas/pieprasijumi/${view.id}`}>
          {lv ? 'Skatīt pieprasījumu' : 'View the request'}
        </a>{' '}
        · <a href="/organizacijas/pieprasijumi">{lv ? 'Visi pieprasījumi' : 'All requests'}</a>
      </p>
    </Layout>
  );
}
