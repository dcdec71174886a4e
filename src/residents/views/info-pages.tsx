import type { PageContext } from '../../platform/views/layout.tsx';
import { CsrfField, FormTokenField } from '../../platform/views/forms.tsx';
import { ServiceFrame } from './service-frame.tsx';
import { SERVICE_NAME, T } from './texts.ts';
import { infoPagesTexts } from '../texts/info-pages.ts';
import { resultPageTexts } from '../texts/result-page.ts';

/** Point 2: the service's general description, reached from the list of e-services. */
export function ServicePage(props: { ctx: PageContext; signedIn: boolean }) {
  const { locale } = props.ctx;
  return (
    <ServiceFrame ctx={props.ctx} title={SERVICE_NAME[locale]}>
      <h1>{SERVICE_NAME[locale]}</h1>
      <p class="lead">{infoPagesTexts.servicePage.lead[locale]}</p>
      <p>{infoPagesTexts.servicePage.howTo[locale]}</p>
      {props.signedIn ? (
        <form method="post" action="/e-pakalpojumi/bdas/sakt">
          <CsrfField token={props.ctx.csrfToken} />
          <FormTokenField ctx={props.ctx} />
          <button type="submit">{T.start[locale]}</button>
        </form>
      ) : (
        <p>
          <a class="button" href="/pieteikties?atpakal=/e-pakalpojumi/bdas/sakt">
            {T.start[locale]}
          </a>
        </p>
      )}
    </ServiceFrame>
  );
}

const HELP = infoPagesTexts.signInHelp;
const METHODS = [
  { name: resultPageTexts.methodNames.eid, needs: HELP.eidNeeds },
  { name: HELP.smartCardName, needs: HELP.smartCardNeeds },
  { name: HELP.bankName, needs: HELP.bankNeeds },
] as const;

/** Point 1: detailed help on signing in, behind the "?" on every page of the service. */
export function SignInHelpPage(props: { ctx: PageContext }) {
  const { locale } = props.ctx;
  return (
    <ServiceFrame ctx={props.ctx} title={T.help[locale]}>
      <h1>{T.help[locale]}</h1>
      <p>{HELP.intro[locale]}</p>
      <dl>
        {METHODS.map((m) => (
          <div key={m.name[locale]}>
            <dt>
              <strong>{m.name[locale]}</strong>
            </dt>
            <dd>{m.needs[locale]}</dd>
          </div>
        ))}
      </dl>
      <p>{HELP.sessionTimeout[locale]}</p>
      <p>
        <a href="/e-pakalpojumi/bdas">{SERVICE_NAME[locale]}</a>
      </p>
    </ServiceFrame>
  );
}

/**
 * "Citi saistītie pakalpojumi": this system's own pages, and the register authority's services
 * elsewhere as plain links that say they leave the site (to the eye, and to a screen reader).
 */
export function RelatedServicesPage(props: { ctx: PageContext }) {
  const { locale } = props.ctx;
  const related = infoPagesTexts.relatedServices;
  const own = [
    { href: '/kas-izmantoja-manus-datus', name: related.dataUse },
    { href: '/tavi-e-pakalpojumi', name: T.yourServices },
  ];
  const external = [
    { href: related.identityCardUrl, name: related.identityCard },
    { href: related.passportUrl, name: related.passport },
  ];
  return (
    <ServiceFrame ctx={props.ctx} title={T.related[locale]}>
      <h1>{T.related[locale]}</h1>
      <ul class="service-list">
        {own.map((s) => (
          <li key={s.href}>
            <a href={s.href}>{s.name[locale]}</a>
          </li>
        ))}
        {external.map((s) => (
          <li key={s.href.lv}>
            <a href={s.href[locale]} rel="external noopener">
              {s.name[locale]}
              <span class="visually-hidden"> {related.external[locale]}</span>
            </a>
          </li>
        ))}
      </ul>
    </ServiceFrame>
  );
}
