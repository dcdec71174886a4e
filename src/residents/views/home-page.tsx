import type { Text } from '../../platform/i18n/locale.ts';
import { Layout, type PageContext } from '../../platform/views/layout.tsx';
import { DATA_USE_TITLE } from '../data-use-texts.ts';

const TITLE: Text = { lv: 'E-pakalpojumi', en: 'E-services' };

const SERVICES: { name: Text; description: Text; href: string }[] = [
  {
    name: {
      lv: 'Informācija par mani Biometrijas datu apstrādes sistēmā',
      en: 'Information about me in the Biometric Data Processing System',
    },
    description: {
      lv: 'Apskatiet, kādus sejas attēlus, pirkstu nospiedumu informāciju un pamatdatus par Jums glabā BDAS, un ziņojiet par nepilnībām.',
      en: 'See the facial images, fingerprint information and basic data that BDAS holds about you, and report deficiencies.',
    },
    href: '/e-pakalpojumi/bdas',
  },
  {
    name: DATA_USE_TITLE,
    description: {
      lv: 'Pēc pieteikšanās redziet, kuras iestādes un uzņēmumi, kad un kādam mērķim saņēma Jūsu datus no Fizisko personu reģistra.',
      en: 'After signing in, see which public bodies and companies received your data from the Population Register, when and for what purpose.',
    },
    href: '/kas-izmantoja-manus-datus',
  },
  {
    name: {
      lv: 'Tiešsaistes datu pārraide no Fizisko personu reģistra',
      en: 'Online data transfer from the Population Register',
    },
    description: {
      lv: 'Iestādēm un uzņēmumiem: līgums par datu saņemšanu ar sistēmu saskarni vai Personu datu pārlūku.',
      en: 'For public bodies and companies: an agreement to receive data by inter-system interface or the Person Data Browser.',
    },
    href: '/e-pakalpojumi/datu-parraide',
  },
];

export function HomePage(props: { ctx: PageContext }) {
  const { locale } = props.ctx;
  return (
    <Layout ctx={props.ctx} title={TITLE[locale]}>
      <h1>{TITLE[locale]}</h1>
      <ul class="service-list">
        {SERVICES.map((service) => (
          <li key={service.href}>
            <a href={service.href}>
              <strong>{service.name[locale]}</strong>
            </a>
            <p>{service.description[locale]}</p>
          </li>
        ))}
      </ul>
    </Layout>
  );
}
