import type { Text } from '../../platform/i18n/locale.ts';
import { Layout, type PageContext } from '../../platform/views/layout.tsx';
import { DATA_USE_TITLE } from '../data-use-texts.ts';
import { homePageTexts } from '../texts/home-page.ts';
import { SERVICE_NAME } from './texts.ts';

const TITLE = homePageTexts.title;

const SERVICES: { name: Text; description: Text; href: string }[] = [
  { name: SERVICE_NAME, description: homePageTexts.bdasDescription, href: '/e-pakalpojumi/bdas' },
  {
    name: DATA_USE_TITLE,
    description: homePageTexts.dataUseDescription,
    href: '/kas-izmantoja-manus-datus',
  },
  {
    name: homePageTexts.transferName,
    description: homePageTexts.transferDescription,
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
