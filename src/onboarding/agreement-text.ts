import { datePhrases } from '../platform/time/dates.ts';
import { type MonthlyFees, formatEuro, type Environment } from '../agreements/service.ts';
import { isDataScope, SCOPE_NAMES } from './scope-names.ts';
import type { Text } from '../platform/i18n/locale.ts';
import { agreementTexts } from './texts/agreements.ts';

export const ENVIRONMENT_NAMES: Record<Environment, Text> = agreementTexts.environment;

export function scopeName(scope: string, locale: 'lv' | 'en'): string {
  return isDataScope(scope) ? SCOPE_NAMES[scope][locale] : scope;
}

export interface AgreementTemplateInput {
  reference: string;
  organisation: { name: string; registrationNumber: string; address: string };
  grants: { scope: string; legalBasisLaw: string; legalBasisArticle: string; purpose: string }[];
  environments: Environment[];
  pdpUsers: number;
  systemConnections: number;
  monitoring: boolean;
  monitoringPersons: number | null;
  responsibleCreatesUsers: boolean;
  criteriaSearch: boolean;
  validFrom: string;
  validUntil: string | null;
  fees: MonthlyFees;
  stateFeeCents: number;
}

const euro = (cents: number) => `EUR ${formatEuro(cents, 'lv')}`;

/**
 * Version 1 of an agreement, drafted from the decided request: the parties, what is granted and
 * why, the environments and numbers, the fees on the first day, and the validity. The two sides
 * then change it in turns; this text is only where the negotiation starts.
 */
export function draftAgreementText(input: AgreementTemplateInput): string {
  const { organisation: org, fees } = input;
  const lines: string[] = [
    `LĪGUMS Nr. ${input.reference}`,
    'par Fizisko personu reģistra datu nodošanu tiešsaistes režīmā',
    '',
    '1. Puses',
    '1.1. Pilsonības un migrācijas lietu pārvalde, Čiekurkalna 1. līnija 1 k-3, Rīga, LV-1026 (turpmāk — PMLP).',
    `1.2. ${org.name}, reģistrācijas Nr. ${org.registrationNumber}, ${org.address} (turpmāk — Saņēmējs).`,
    '',
    '2. Līguma priekšmets',
    '2.1. PMLP nodod Saņēmējam tiešsaistes režīmā šādus Fizisko personu reģistra datu apjomus, kurus Saņēmējs drīkst apstrādāt tikai norādītajam mērķim un uz norādītā tiesiskā pamata:',
  ];
  input.grants.forEach((g, i) => {
    lines.push(
      `2.1.${i + 1}. ${scopeName(g.scope, 'lv')}. Tiesiskais pamats: ${g.legalBasisLaw}, ${g.legalBasisArticle}. Mērķis: ${g.purpose}.`,
    );
  });
  lines.push(
    `2.2. Vides: ${input.environments.map((e) => ENVIRONMENT_NAMES[e].lv).join(', ')}.`,
    `2.3. Personu datu pārlūka lietotāju skaits: ${input.pdpUsers}; sistēmu savienojumu skaits: ${input.systemConnections}.`,
    input.monitoring
      ? `2.4. Monitorings: Saņēmējs saņem paziņojumus par datu izmaiņām līdz ${input.monitoringPersons ?? 0} personām.`
      : '2.4. Monitorings netiek nodrošināts.',
    input.responsibleCreatesUsers
      ? '2.5. Saņēmēja atbildīgais lietotājs drīkst pats pievienot Personu datu pārlūka lietotājus bez PMLP saskaņojuma.'
      : '2.5. Personu datu pārlūka lietotājus pievieno ar PMLP saskaņojumu.',
    input.criteriaSearch
      ? '2.6. Atļauta personu meklēšana pēc vārda, uzvārda un dzimšanas datuma.'
      : '2.6. Personas meklē tikai pēc personas koda; meklēšana pēc vārda, uzvārda un dzimšanas datuma nav atļauta.',
    '',
    '3. Maksa',
  );
  if (fees.feeExempt) {
    lines.push(
      '3.1. Saņēmējs ir atbrīvots no maksas (publiska persona, kas sadarbojas bez maksas). Cenrāža cenas mēnesī bez atbrīvojuma:',
    );
  } else {
    lines.push(`3.1. Ikmēneša maksa pēc cenrāža, kas spēkā ${fees.day}:`);
  }
  fees.environments.forEach((e, i) => {
    const parts = [`abonēšanas maksa ${euro(e.subscriptionCents)} (${e.users} lietotāji)`];
    if (input.monitoring) parts.push(`monitorings ${euro(e.monitoringCents)}`);
    lines.push(
      `3.1.${i + 1}. ${ENVIRONMENT_NAMES[e.environment].lv}: ${parts.join(', ')}; kopā ${euro(e.totalCents)}.`,
    );
  });
  lines.push(
    `3.2. Kopā mēnesī: ${euro(fees.listTotalCents)}${fees.feeExempt ? ', maksājams EUR 0,00' : ''}.`,
    fees.feeExempt
      ? '3.3. Valsts nodeva par personas datu saņemšanu Saņēmējam netiek piemērota (atbrīvojums).'
      : `3.3. Valsts nodeva ${euro(input.stateFeeCents)} par katru personu, par kuru dati sniegti tiešsaistē, maksājama pirms datu saņemšanas (Ministru kabineta noteikumi Nr. 485, 2.6. apakšpunkts).`,
    '3.4. Cenas var mainīties, ja mainās normatīvie akti; tad piemēro cenrādi, kas spēkā attiecīgajā dienā.',
    '',
    '4. Pušu pienākumi',
    '4.1. Saņēmējs nodrošina, ka datus apstrādā tikai 2.1. punktā norādītajam mērķim, un katrā pieprasījumā norāda tā mērķi.',
    '4.2. Saņēmējs nodrošina savu lietotāju un sistēmu piekļuves datu drošību un nekavējoties ziņo PMLP par to nonākšanu trešo personu rīcībā.',
    '4.3. PMLP reģistrē katru datu nodošanu un pēc pieprasījuma sniedz personai ziņas par to, kas tās datus saņēmis.',
    '',
    '5. Darbības laiks',
    input.validUntil === null
      ? `5.1. Līgums ir spēkā ${datePhrases.from(input.validFrom, 'lv')} uz nenoteiktu laiku.`
      : `5.1. Līgums ir spēkā ${datePhrases.period(input.validFrom, input.validUntil, 'lv')}.`,
    '5.2. Līgumu groza, pusēm vienojoties par grozījumiem elektroniski. PMLP var izbeigt datu nodošanu, ja Saņēmējs pārkāpj līgumu vai zūd tiesiskais pamats.',
    '5.3. Līgums stājas spēkā, kad abas puses ir apstiprinājušas vienu un to pašu tā versiju.',
  );
  return lines.join('\n');
}
