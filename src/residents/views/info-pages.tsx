import type { PageContext } from '../../platform/views/layout.tsx';
import { CsrfField } from '../../platform/views/forms.tsx';
import { ServiceFrame } from './service-frame.tsx';
import { SERVICE_NAME, T } from './texts.ts';

/** Point 2: the service's general description, reached from the list of e-services. */
export function ServicePage(props: { ctx: PageContext; signedIn: boolean }) {
  const { locale } = props.ctx;
  return (
    <ServiceFrame ctx={props.ctx} title={SERVICE_NAME[locale]}>
      <h1>{SERVICE_NAME[locale]}</h1>
      {locale === 'lv' ? (
        <>
          <p class="lead">
            Šis e-pakalpojums parāda, kādu informāciju par Jums glabā Biometrijas datu apstrādes
            sistēma (BDAS): Jūsu digitālo sejas attēlu, informāciju par pirkstu nospiedumiem un Jūsu
            pamatdatus.
          </p>
          <p>
            Pakalpojums ir bez maksas. Lai to saņemtu, jāautentificējas ar eID karti, e-paraksta
            viedkarti vai internetbankas autentifikācijas līdzekļiem. Ja dati ir nepareizi, varat
            par to ziņot Iekšlietu ministrijas Informācijas centram.
          </p>
        </>
      ) : (
        <>
          <p class="lead">
            This e-service shows what the Biometric Data Processing System (BDAS) holds about you:
            your digital facial image, information about your fingerprints, and your basic data.
          </p>
          <p>
            The service is free. To use it, sign in with an eID card, an e-signature smart card or
            your internet bank. If the data is wrong, you can report it to the Information Centre of
            the Ministry of the Interior.
          </p>
        </>
      )}
      {props.signedIn ? (
        <form method="post" action="/e-pakalpojumi/bdas/sakt">
          <CsrfField token={props.ctx.csrfToken} />
          <button type="submit">{T.start[locale]}</button>
        </form>
      ) : (
        <p>
          <a class="button" href="/pieteikties?atpakal=/e-pakalpojumi/bdas">
            {T.start[locale]}
          </a>
        </p>
      )}
    </ServiceFrame>
  );
}

const METHODS = [
  {
    lv: [
      'eID karte',
      'Personas apliecība ar elektronisko identifikāciju un karšu lasītājs ar programmatūru eParakstītājs.',
    ],
    en: [
      'eID card',
      'An identity card with electronic identification and a card reader with the eParakstītājs software.',
    ],
  },
  {
    lv: ['e-paraksta viedkarte', 'Droša elektroniskā paraksta viedkarte un karšu lasītājs.'],
    en: ['E-signature smart card', 'A secure electronic signature smart card and a card reader.'],
  },
  {
    lv: [
      'Internetbanka',
      'Swedbank, SEB, Citadele vai Luminor internetbankas autentifikācijas līdzekļi.',
    ],
    en: ['Internet bank', 'The sign-in of your Swedbank, SEB, Citadele or Luminor internet bank.'],
  },
] as const;

/** Point 1: detailed help on signing in, behind the "?" on every page of the service. */
export function SignInHelpPage(props: { ctx: PageContext }) {
  const { locale } = props.ctx;
  return (
    <ServiceFrame ctx={props.ctx} title={T.help[locale]}>
      <h1>{T.help[locale]}</h1>
      <p>
        {locale === 'lv'
          ? 'E-pakalpojumu var saņemt, autentificējoties ar kādu no šiem līdzekļiem:'
          : 'You can use the e-service after signing in with one of these:'}
      </p>
      <dl>
        {METHODS.map((m) => (
          <div key={m[locale][0]}>
            <dt>
              <strong>{m[locale][0]}</strong>
            </dt>
            <dd>{m[locale][1]}</dd>
          </div>
        ))}
      </dl>
      <p>
        {locale === 'lv'
          ? 'Pēc 15 minūšu neaktivitātes sesija beidzas, un jāpiesakās vēlreiz. Pirms tam lapa Jūs brīdina.'
          : 'After 15 minutes without activity the session ends and you sign in again. The page warns you before.'}
      </p>
      <p>
        <a href="/e-pakalpojumi/bdas">{SERVICE_NAME[locale]}</a>
      </p>
    </ServiceFrame>
  );
}

/** "Citi saistītie pakalpojumi". */
export function RelatedServicesPage(props: { ctx: PageContext }) {
  const { locale } = props.ctx;
  const services = [
    {
      href: '/',
      lv: 'Personu datu apstrāde Fizisko personu reģistrā: kas izmantoja manus datus',
      en: 'Processing of personal data in the Population Register: who used my data',
    },
    {
      href: '/',
      lv: 'Personas apliecības (eID kartes) pieprasīšana',
      en: 'Applying for an identity card (eID)',
    },
    { href: '/', lv: 'Pases pieprasīšana', en: 'Applying for a passport' },
  ];
  return (
    <ServiceFrame ctx={props.ctx} title={T.related[locale]}>
      <h1>{T.related[locale]}</h1>
      <ul class="service-list">
        {services.map((s) => (
          <li key={s.lv}>
            <a href={s.href}>{s[locale]}</a>
          </li>
        ))}
      </ul>
    </ServiceFrame>
  );
}
