import { type TariffCode, formatEuro, TARIFF_NAMES } from '../../agreements/service.ts';
import type { Text } from '../../platform/i18n/locale.ts';
import { Layout, type PageContext } from '../../platform/views/layout.tsx';

const TITLE: Text = {
  lv: 'Tiešsaistes datu pārraide no Fizisko personu reģistra',
  en: 'Online data transfer from the Population Register',
};

const STEPS: { title: Text; text: Text }[] = [
  {
    title: { lv: 'Pieprasījums', en: 'Request' },
    text: {
      lv: 'Organizācija iesniedz motivētu pieprasījumu: katram datu apjomam tiesisko pamatu (likumu un pantu) un izmantošanas mērķi. Atbildi PMLP sniedz 30 darba dienu laikā.',
      en: 'The organisation sends a motivated request: for each data scope, the legal basis (the law and its article) and the purpose of use. PMLP answers within 30 working days.',
    },
  },
  {
    title: { lv: 'Līgums', en: 'Agreement' },
    text: {
      lv: 'Līguma tekstu abu pušu kontaktpersonas saskaņo elektroniski; līgums ir noslēgts, kad abas puses apstiprina vienu versiju.',
      en: 'Both sides’ contact persons agree the text electronically; the agreement is concluded when both approve the same version.',
    },
  },
  {
    title: { lv: 'Pieslēgums', en: 'Connection' },
    text: {
      lv: 'Pēc līguma noslēgšanas organizācija reģistrē sistēmas savienojumu testa vai produkcijas vidē, un tās lietotāji saņem piekļuvi Personu datu pārlūkam.',
      en: 'Once the agreement is concluded, the organisation registers its system’s connection to the test or production environment, and its users get the Person Data Browser.',
    },
  },
  {
    title: { lv: 'Dati', en: 'Data' },
    text: {
      lv: 'Dati tiek sniegti ar sistēmu saskarni vai manuāli Personu datu pārlūkā, tikai līgumā noteiktajā apjomā un mērķim; katrs izsniegšanas gadījums tiek reģistrēts, un persona to redz sadaļā "Kas izmantoja manus datus".',
      en: 'Data are provided through the inter-system interface or manually in the Person Data Browser, only in the scope and for the purpose the agreement sets; every provision is recorded, and the person sees it under "Who used my data".',
    },
  },
];

/** The service's description: who may ask, the steps, and what it costs today (from the tariffs). */
export function DataTransferServicePage(props: {
  ctx: PageContext;
  prices: { code: TariffCode; cents: number }[];
}) {
  const { locale } = props.ctx;
  return (
    <Layout ctx={props.ctx} title={TITLE[locale]}>
      <h1>{TITLE[locale]}</h1>
      <p class="lead">
        {locale === 'lv'
          ? 'Publisko un privāto tiesību juridiskās personas tiešsaistē saņem Fizisko personu reģistra datus, kas tām nepieciešami savu funkciju veikšanai, likumā noteiktajā apjomā, mērķim un tiesiskajam pamatam.'
          : 'Public- and private-law legal persons receive, online, the Population Register data they need for their functions, in the scope, for the purpose and on the legal basis that the law sets.'}
      </p>
      <ol>
        {STEPS.map((step) => (
          <li key={step.title.en}>
            <strong>{step.title[locale]}.</strong> {step.text[locale]}
          </li>
        ))}
      </ol>
      <h2>{locale === 'lv' ? 'Maksa' : 'Fees'}</h2>
      <table>
        <caption class="visually-hidden">{locale === 'lv' ? 'Maksa' : 'Fees'}</caption>
        <tbody>
          {props.prices.map((p) => (
            <tr key={p.code}>
              <th scope="row">{TARIFF_NAMES[p.code][locale]}</th>
              <td>EUR {formatEuro(p.cents, locale)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <p>
        {locale === 'lv'
          ? 'Valsts nodeva par vienu personu jāsamaksā pirms informācijas saņemšanas (priekšapmaksa). Valsts un pašvaldību iestāžu sadarbība ir bez maksas, ja ārējais normatīvais akts nenosaka citādi.'
          : 'The state fee for one person is paid before the information is received (prepaid). Cooperation between state and municipal institutions is free of charge unless an external regulation says otherwise.'}
      </p>
      <p class="actions">
        <a class="button" href="/organizacijas/registracija">
          {locale === 'lv' ? 'Reģistrēt organizāciju' : 'Register an organisation'}
        </a>
        <a class="button secondary" href="/organizacijas/pieteikties">
          {locale === 'lv' ? 'Pieteikties' : 'Sign in'}
        </a>
        <a href="/api/docs">{locale === 'lv' ? 'API apraksts' : 'API reference'}</a>
      </p>
    </Layout>
  );
}
