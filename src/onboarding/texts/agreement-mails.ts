import { datePhrases } from '../../platform/time/dates.ts';
import type { AgreementEvent } from '../agreement-event.ts';
import type { AgreementRow } from '../../agreements/service.ts';

/**
 * Mails about an agreement's negotiation, Latvian first and English after it, one per event:
 * the subject names the agreement, the body says what the other side did.
 */

export function subjectOf(reference: string, event: AgreementEvent): string {
  switch (event.kind) {
    case 'drafted':
      return `Līguma projekts ${reference} / Draft agreement ${reference}`;
    case 'version':
      return `Līguma ${reference} ${event.number}. versija / Version ${event.number} of agreement ${reference}`;
    case 'comment':
      return `Komentārs līgumam ${reference} / A comment on agreement ${reference}`;
    case 'approval':
      return `Līguma ${reference} ${event.version}. versija apstiprināta / Version ${event.version} of ${reference} approved`;
    case 'concluded':
      return `Līgums ${reference} noslēgts / Agreement ${reference} concluded`;
    case 'amendment':
      return `Līguma ${reference} grozījumi ${event.amendmentReference} / Amendment ${event.amendmentReference} of ${reference}`;
    case 'superseded':
      return `Līgums ${reference} aizstāts ar ${event.by} / Agreement ${reference} superseded by ${event.by}`;
    case 'terminated':
      return `Līgums ${reference} izbeigts / Agreement ${reference} terminated`;
  }
}

export function bodyOf(agreement: AgreementRow, event: AgreementEvent, actorName: string): string {
  switch (event.kind) {
    case 'drafted':
      return (
        `PMLP ir sagatavojusi līguma projektu ${agreement.reference}. Lūdzu, izskatiet to, labojiet vai apstipriniet.\n` +
        `The register authority has drafted agreement ${agreement.reference}. Please review, edit or approve it.`
      );
    case 'version':
      return (
        `${actorName} saglabāja līguma ${event.number}. versiju. Tagad jūsu kārta: apstipriniet to vai rakstiet nākamo versiju.\n` +
        `${actorName} saved version ${event.number}. It is now your turn: approve it or write the next version.`
      );
    case 'comment':
      return (
        `${actorName} komentēja līguma ${event.version}. versiju.\n` +
        `${actorName} commented on version ${event.version}.`
      );
    case 'approval':
      return (
        `${actorName} apstiprināja līguma ${event.version}. versiju. Kad to apstiprināsiet arī jūs, līgums būs noslēgts.\n` +
        `${actorName} approved version ${event.version}. Once you approve it too, the agreement is concluded.`
      );
    case 'concluded':
      return (
        `Abas puses apstiprināja līguma ${event.version}. versiju: līgums ir noslēgts.\n` +
        `Both sides approved version ${event.version}: the agreement is concluded.`
      );
    case 'amendment':
      return (
        `${actorName} sāka līguma grozījumus ${event.amendmentReference}.\n` +
        `${actorName} started amendment ${event.amendmentReference}.`
      );
    case 'superseded':
      return (
        `Noslēgti grozījumi ${event.by}: tie aizstāj līgumu ${agreement.reference}.\n` +
        `Amendment ${event.by} is concluded and replaces agreement ${agreement.reference}.`
      );
    case 'terminated':
      return (
        `Līgums izbeigts; piekļuve datiem beidzas ${datePhrases.from(event.from, 'lv')}. Iemesls: ${event.reason}\n` +
        `The agreement is terminated; access to data ends ${datePhrases.from(event.from, 'en')}. Reason: ${event.reason}`
      );
  }
}
