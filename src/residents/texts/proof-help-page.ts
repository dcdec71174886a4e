import type { Messages } from '../../platform/i18n/messages.ts';

/** The public help page on checking a proof of inclusion. */
export const proofHelpPageTexts = {
  explanation: {
    lead: {
      lv: 'Katra Jūsu datu izsniegšana tiek ierakstīta audita žurnālā. Ik pēc dažām sekundēm sistēma jaunos ierakstus aizzīmogo partijā: no tiem izveido jaucējvērtību koku (Merkle koku pēc RFC 6962) un tā sakni paraksta ar sistēmas atslēgu. Iekļaušanas pierādījums parāda, ka Jūsu ieraksts ir vienā no parakstītajām partijām.',
      en: 'Every provision of your data is written to the audit log. Every few seconds the service seals the new records as a batch: it builds a hash tree over them (a Merkle tree as in RFC 6962) and signs its root with the service’s key. A proof of inclusion shows that your record is in one of the signed batches.',
    },
    heading: {
      lv: 'Ko pierādījums pierāda un ko ne',
      en: 'What a proof proves, and what it does not',
    },
    inclusion: {
      lv: 'Ieraksts tieši tādā veidā, kādā tas ir pierādījumā, ir iekļauts parakstītā žurnāla daļā. Ja kāds to vēlāk izdzēstu vai mainītu, partijas sakne vairs neatbilstu parakstam un žurnāla pārbaude to atklātu, bet Jūsu rīcībā paliktu pierādījums.',
      en: 'The record, exactly as it stands in the proof, is part of a signed piece of the log. Were it removed or changed later, the batch root would no longer match its signature and the log’s check would find it, while you would still hold the proof.',
    },
    notLawfulness: {
      lv: 'Pierādījums neapliecina, ka datu izsniegšana bija likumīga, un neapliecina, ka žurnālā ir visas izsniegšanas, tikai šī.',
      en: 'It does not prove that the provision was lawful, nor that the log holds every provision; only this one.',
    },
    keyHolder: {
      lv: 'Paraksts pierāda tikai to, ka to radījis atslēgas turētājs. Tāpēc salīdziniet pierādījuma publisko atslēgu ar šajā lapā publicēto.',
      en: 'A signature proves only that the key’s holder made it: compare the proof’s public key with the one published on this page.',
    },
  },
  fields: {
    heading: { lv: 'Pierādījuma lauki', en: 'The fields of a proof' },
    field: { lv: 'Lauks', en: 'Field' },
    meaning: { lv: 'Nozīme', en: 'Meaning' },
    auditRow: {
      lv: 'Audita ieraksts par datu izsniegšanu: kad, kura organizācija, kādi dati, kādam mērķim, uz kāda tiesiskā pamata.',
      en: 'The audit record of the provision: when, which organisation, which data, for what purpose, on what legal basis.',
    },
    canonicalRow: {
      lv: 'Tas pats ieraksts tieši tādā teksta formā, kādu aizzīmogoja: JSON ar sakārtotām atslēgām, bez tukšām vērtībām.',
      en: 'The same record in exactly the text form that was sealed: JSON with sorted keys and no empty values.',
    },
    leafHash: {
      lv: 'SHA-256 no baita 0x00, kam seko canonicalRow (RFC 6962 lapa).',
      en: 'SHA-256 of the byte 0x00 followed by canonicalRow (an RFC 6962 leaf).',
    },
    positions: {
      lv: 'Ieraksta vieta visā žurnālā, tā vieta partijā (no 0) un ierakstu skaits partijā.',
      en: 'The record’s place in the whole log, its place in the batch (from 0) and the number of records in the batch.',
    },
    path: {
      lv: 'Blakus zaru jaucējvērtības ceļā no lapas līdz saknei, sākot ar tuvāko. Tās neatklāj citu ierakstu saturu.',
      en: 'The hashes of the neighbouring branches from the leaf up to the root, nearest first. They reveal nothing of other records.',
    },
    batchRoot: {
      lv: 'Partijas Merkle koka sakne: viena jaucējvērtība, kas ir atkarīga no katra partijas ieraksta.',
      en: 'The root of the batch’s Merkle tree: one hash that depends on every record of the batch.',
    },
    seal: {
      lv: 'Zīmogs: partijas pirmā un pēdējā pozīcija, ķēdes galvas jaucējvērtība, aizzīmogošanas laiks (UTC) un sistēmas Ed25519 paraksts.',
      en: 'The seal: the batch’s first and last positions, the chain’s head hash, the time of sealing (UTC) and the service’s Ed25519 signature.',
    },
    publicKey: {
      lv: 'Sistēmas publiskā atslēga (PEM un JWK). Salīdziniet to ar atslēgu šajā lapā.',
      en: 'The service’s public key (PEM and JWK). Compare it with the key on this page.',
    },
  },
  steps: {
    heading: { lv: 'Pārbaude soli pa solim', en: 'The check, step by step' },
    leaf: {
      lv: 'Aprēķiniet SHA-256 no baita 0x00 un canonicalRow; tam jāsakrīt ar leafHash.',
      en: 'Compute SHA-256 of the byte 0x00 and canonicalRow; it must equal leafHash.',
    },
    path: {
      lv: 'Ejiet no lapas pa path līdz saknei (RFC 9162, 2.1.3.2. punkts); rezultātam jāsakrīt ar batchRoot.',
      en: 'Walk from the leaf along path up to the root (RFC 9162, section 2.1.3.2); the result must equal batchRoot.',
    },
    seal: {
      lv: 'Salieciet zīmoga tekstu un pārbaudiet tā Ed25519 parakstu ar publisko atslēgu:',
      en: 'Put together the seal’s text and check its Ed25519 signature with the public key:',
    },
    serviceCommand: {
      lv: 'Visas pārbaudes veic sistēmas komanda (atslēgas fails nav obligāts, bet bez tā pārbauda tikai pierādījuma veselumu, ne to, kas to parakstīja):',
      en: 'The service’s command does every check (the key file is optional, but without it only the proof’s integrity is checked, not who signed it):',
    },
  },
  recipes: {
    openssl: { lv: 'Ar openssl', en: 'With openssl' },
    node: { lv: 'Ar Node.js', en: 'With Node.js' },
    nodeIntro: {
      lv: 'Visas trīs pārbaudes, bez papildu pakotnēm; katrai jāizdrukā true:',
      en: 'All three checks, with no packages; each must print true:',
    },
    publicKey: { lv: 'Sistēmas publiskā atslēga', en: 'The service’s public key' },
  },
} as const satisfies Messages;
