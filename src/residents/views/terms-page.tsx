import type { PageContext } from '../../platform/views/layout.tsx';
import { Checkbox, CsrfField, ErrorSummary } from '../../platform/views/forms.tsx';
import { ServiceFrame } from './service-frame.tsx';
import { T } from './texts.ts';

const TITLE = { lv: 'E-pakalpojuma lietošanas nosacījumi', en: 'Terms of use of the e-service' };

/** Point 4: the terms, the box to tick and "Tālāk". */
export function TermsPage(props: { ctx: PageContext; runId: string; error: boolean }) {
  const { locale } = props.ctx;
  const message =
    locale === 'lv'
      ? 'Lai turpinātu, atzīmējiet, ka piekrītat e-pakalpojuma lietošanas nosacījumiem'
      : 'To continue, tick that you agree to the terms of use of the e-service';
  const error = props.error ? message : undefined;
  return (
    <ServiceFrame ctx={props.ctx} title={TITLE[locale]}>
      {props.error ? <ErrorSummary locale={locale} errors={{ agree: message }} /> : null}
      <h1>{TITLE[locale]}</h1>
      <p class="hint">
        {T.runNumber[locale]}: <strong>{props.runId}</strong>
      </p>
      <div class="terms" tabindex={0} role="region" aria-label={TITLE[locale]}>
        {locale === 'lv' ? (
          <ol>
            <li>E-pakalpojums sniedz informāciju tikai par autentificēto personu.</li>
            <li>
              Informācija tiek sniegta, pamatojoties uz Fizisko personu datu aizsardzības likumā
              noteiktajām datu subjekta tiesībām iegūt informāciju.
            </li>
            <li>Katra informācijas sniegšana tiek reģistrēta auditācijas pierakstos.</li>
            <li>
              Saņemto informāciju nedrīkst nodot trešajām personām Jūsu vārdā bez tiesiska pamata.
            </li>
            <li>Ja sesija netiek lietota 15 minūtes, tā beidzas.</li>
          </ol>
        ) : (
          <ol>
            <li>The e-service gives information only about the person who signed in.</li>
            <li>
              The information is given under the data subject's right to obtain information laid
              down in the Personal Data Protection Law.
            </li>
            <li>Every provision of information is recorded in the audit log.</li>
            <li>
              The information received may not be passed to third parties in your name without a
              legal basis.
            </li>
            <li>A session not used for 15 minutes ends.</li>
          </ol>
        )}
      </div>
      <form method="post" action={`/e-pakalpojumi/bdas/${props.runId}/noteikumi`} novalidate>
        <CsrfField token={props.ctx.csrfToken} />
        <Checkbox name="agree" label={T.agree[locale]} error={error} />
        <button type="submit">{T.next[locale]}</button>
      </form>
    </ServiceFrame>
  );
}
