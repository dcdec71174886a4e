import type { StaffRole } from '../../platform/http/auth.ts';
import type { Text } from '../../platform/i18n/locale.ts';
import { Layout, type PageContext } from '../../platform/views/layout.tsx';
import { STAFF_ROLE_LABELS } from './texts.ts';

const TITLE: Text = { lv: 'Darba vieta', en: 'Back office' };

interface StaffSection {
  label: Text;
  hint: Text;
  path: string;
}

/** What each role works on; the pages themselves refuse the other role. */
const SECTIONS: Record<StaffRole, readonly StaffSection[]> = {
  ic_agent: [
    {
      label: { lv: 'Ziņojumi par BDAS', en: 'BDAS reports' },
      hint: {
        lv: 'Iedzīvotāju ziņojumi par nepilnībām un kļūdām',
        en: 'Residents’ reports of deficiencies and errors',
      },
      path: '/darbinieki/zinojumi',
    },
  ],
  pmlp_officer: [
    {
      label: { lv: 'Pieprasījumi', en: 'Access requests' },
      hint: { lv: 'Termiņi, precizējumi, lēmumi', en: 'Deadlines, clarifications, decisions' },
      path: '/darbinieki/pieprasijumi',
    },
    {
      label: { lv: 'Līgumi', en: 'Agreements' },
      hint: {
        lv: 'Sagatavošana, saskaņošana, izbeigšana',
        en: 'Drafting, negotiation, termination',
      },
      path: '/darbinieki/ligumi',
    },
    {
      label: { lv: 'Savienojumi', en: 'Connections' },
      hint: {
        lv: 'Aktivizēšana, apturēšana, atjaunošana',
        en: 'Activation, suspension, restoring',
      },
      path: '/darbinieki/savienojumi',
    },
    {
      label: { lv: 'Organizācijas', en: 'Organisations' },
      hint: {
        lv: 'Organizācijas, lietotāji, maksas atbrīvojums',
        en: 'Organisations, users, fee exemption',
      },
      path: '/darbinieki/organizacijas',
    },
    {
      label: { lv: 'Lietotāju pieprasījumi', en: 'User requests' },
      hint: {
        lv: 'Personu datu pārlūka lietotāju izveide',
        en: 'Creating Person Data Browser users',
      },
      path: '/darbinieki/lietotaju-pieprasijumi',
    },
    {
      label: { lv: 'Tarifi', en: 'Tariffs' },
      hint: { lv: 'Cenas ar spēkā stāšanās datumu', en: 'Prices with the day they apply from' },
      path: '/darbinieki/tarifi',
    },
    {
      label: { lv: 'Iemaksas', en: 'Deposits' },
      hint: {
        lv: 'Organizāciju bankas pārskaitījumi valsts nodevas priekšapmaksai',
        en: 'Organisations’ bank transfers to the prepaid state fee',
      },
      path: '/darbinieki/iemaksas',
    },
    {
      label: { lv: 'Darba dienu kalendārs', en: 'Working-day calendar' },
      hint: {
        lv: 'Pārceltās darba dienas un vienreizējas svētku dienas',
        en: 'Transferred working days and one-off holidays',
      },
      path: '/darbinieki/kalendars',
    },
  ],
};

/** The back office's landing page: the queues and pages of the signed-in member's role. */
export function StaffHomePage(props: { ctx: PageContext; name: string; role: StaffRole }) {
  const locale = props.ctx.locale;
  return (
    <Layout ctx={props.ctx} title={TITLE[locale]}>
      <h1>{TITLE[locale]}</h1>
      <p>
        {locale === 'lv' ? 'Pieteicies: ' : 'Signed in as: '}
        <strong>{props.name}</strong> ({STAFF_ROLE_LABELS[props.role][locale]})
      </p>
      <ul class="service-list">
        {SECTIONS[props.role].map((s) => (
          <li key={s.path}>
            <a href={s.path}>
              <strong>{s.label[locale]}</strong>
            </a>
            <p>{s.hint[locale]}</p>
          </li>
        ))}
      </ul>
    </Layout>
  );
}
