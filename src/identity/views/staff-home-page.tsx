import type { ComponentChildren } from 'preact';
import type { StaffRole } from '../../platform/http/auth.ts';
import type { Text } from '../../platform/i18n/locale.ts';
import { Layout, type PageContext } from '../../platform/views/layout.tsx';
import { STAFF_ROLE_LABELS } from './texts.ts';
import { sharedTexts } from '../texts/shared.ts';
import { staffHomePageTexts } from '../texts/staff-home-page.ts';

const TITLE: Text = staffHomePageTexts.title;

interface StaffSection {
  label: Text;
  hint: Text;
  path: string;
}

/** What each role works on; the pages themselves refuse the other role. */
const SECTIONS: Record<StaffRole, readonly StaffSection[]> = {
  ic_agent: [
    {
      ...staffHomePageTexts.sections.ic_agent.reports,
      path: '/darbinieki/zinojumi',
    },
  ],
  pmlp_officer: [
    {
      ...staffHomePageTexts.sections.pmlp_officer.requests,
      path: '/darbinieki/pieprasijumi',
    },
    {
      ...staffHomePageTexts.sections.pmlp_officer.agreements,
      path: '/darbinieki/ligumi',
    },
    {
      ...staffHomePageTexts.sections.pmlp_officer.connections,
      path: '/darbinieki/savienojumi',
    },
    {
      ...staffHomePageTexts.sections.pmlp_officer.organisations,
      path: '/darbinieki/organizacijas',
    },
    {
      ...staffHomePageTexts.sections.pmlp_officer.userRequests,
      path: '/darbinieki/lietotaju-pieprasijumi',
    },
    {
      ...staffHomePageTexts.sections.pmlp_officer.tariffs,
      path: '/darbinieki/tarifi',
    },
    {
      ...staffHomePageTexts.sections.pmlp_officer.deposits,
      path: '/darbinieki/iemaksas',
    },
    {
      ...staffHomePageTexts.sections.pmlp_officer.invoices,
      path: '/darbinieki/rekini',
    },
    {
      ...staffHomePageTexts.sections.pmlp_officer.revenue,
      path: '/darbinieki/ienemumi',
    },
    {
      ...staffHomePageTexts.sections.pmlp_officer.calendar,
      path: '/darbinieki/kalendars',
    },
  ],
};

/** The back office's landing page: the queues and pages of the signed-in member's role. */
export function StaffHomePage(props: {
  ctx: PageContext;
  name: string;
  role: StaffRole;
  /** What the back office must tell staff before anything else (a stalled audit sealer). */
  warnings?: ComponentChildren;
}) {
  const locale = props.ctx.locale;
  return (
    <Layout ctx={props.ctx} title={TITLE[locale]}>
      <h1>{TITLE[locale]}</h1>
      {props.warnings}
      <p>
        {sharedTexts.signedInAs[locale]}
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
