import { datePhrases } from '../../platform/time/dates.ts';
import { DECISION_OUTCOMES } from '../request-texts.ts';
import { SCOPE_NAMES, type DataScope } from '../scope-names.ts';

/**
 * Mails about a request, Latvian first and English after it, as the register authority writes.
 * Dates read as on the pages (`platform/time/dates.ts`), the reference in the subject.
 */

export interface Mail {
  subject: string;
  text: string;
}

function link(publicUrl: string, requestId: number): string {
  return `${publicUrl.replace(/\/$/, '')}/organizacijas/pieprasijumi/${requestId}`;
}

export function receiptMail(
  r: { id: number; reference: string; deadline: string; organisationName: string },
  scopes: readonly DataScope[],
  publicUrl: string,
): Mail {
  const names = (locale: 'lv' | 'en') =>
    scopes.map((s) => `- ${SCOPE_NAMES[s][locale]}`).join('\n');
  return {
    subject: `Pieprasījums ${r.reference} saņemts / Request ${r.reference} received`,
    text: [
      `Pilsonības un migrācijas lietu pārvalde ir saņēmusi ${r.organisationName} pieprasījumu ` +
        `${r.reference} par datu saņemšanu no Iedzīvotāju reģistra.`,
      `Pieprasītie datu apjomi:\n${names('lv')}`,
      `Atbildi sniegsim ${datePhrases.until(r.deadline, 'lv')} (30 darba dienas). Ja lūgsim ` +
        'precizēt pieprasījumu, termiņš pagarināsies par dienām, kamēr gaidīsim atbildi.',
      `Pieprasījuma gaita: ${link(publicUrl, r.id)}`,
      '---',
      `The Office of Citizenship and Migration Affairs has received the request ${r.reference} ` +
        `of ${r.organisationName} for data from the Population Register.`,
      `Data scopes asked for:\n${names('en')}`,
      `We will answer by ${r.deadline} (30 working days). If we ask you to clarify the ` +
        'request, the deadline moves by the working days we wait for your answer.',
      `Progress of the request: ${link(publicUrl, r.id)}`,
    ].join('\n\n'),
  };
}

export function clarificationMail(
  r: { id: number; reference: string },
  question: string,
  publicUrl: string,
): Mail {
  return {
    subject: `Pieprasījums ${r.reference}: lūdzam precizēt / Request ${r.reference}: please clarify`,
    text: [
      `Lai izskatītu pieprasījumu ${r.reference}, lūdzam to precizēt:`,
      question,
      'Kamēr gaidām atbildi, atbildes termiņš netiek skaitīts. Atbildiet pieprasījuma lapā: ' +
        link(publicUrl, r.id),
      '---',
      `To consider the request ${r.reference}, please clarify it (the question is above, in ` +
        'Latvian as written). The deadline does not run while we wait for your answer. ' +
        `Answer on the request's page: ${link(publicUrl, r.id)}`,
    ].join('\n\n'),
  };
}

export function decisionMail(
  r: { id: number; reference: string },
  scopes: readonly { scope: DataScope; decision: 'approved' | 'refused'; reason: string }[],
  publicUrl: string,
): Mail {
  const lines = (locale: 'lv' | 'en') =>
    scopes
      .map((s) => {
        const outcome = DECISION_OUTCOMES[s.decision][locale];
        return `- ${SCOPE_NAMES[s.scope][locale]}: ${outcome}. ${s.reason}`;
      })
      .join('\n');
  const approved = scopes.some((s) => s.decision === 'approved');
  return {
    subject: `Lēmums par pieprasījumu ${r.reference} / Decision on request ${r.reference}`,
    text: [
      `Par pieprasījumu ${r.reference} ir pieņemts lēmums:`,
      lines('lv'),
      approved
        ? 'Par apstiprinātajiem datu apjomiem sagatavosim līguma projektu.'
        : 'Neviens datu apjoms nav apstiprināts.',
      `Lēmums un tā pamatojums: ${link(publicUrl, r.id)}`,
      '---',
      `The request ${r.reference} has been decided:`,
      lines('en'),
      approved
        ? 'We will prepare a draft agreement for the approved data scopes.'
        : 'No data scope was approved.',
      `The decision and its reasons: ${link(publicUrl, r.id)}`,
    ].join('\n\n'),
  };
}
