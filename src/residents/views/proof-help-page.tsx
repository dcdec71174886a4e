import type { Locale } from '../../platform/i18n/locale.ts';
import { Layout, type PageContext } from '../../platform/views/layout.tsx';
import { DATA_USE_TITLE, PROOF_TEXTS } from '../data-use-texts.ts';
import { NODE_RECIPE, OPENSSL_RECIPE, RECIPE_FILE } from '../proof-recipes.ts';

export const PROOF_HELP_PATH = '/palidziba/ieklausanas-pieradijums';

/** Each field of a proof file, as the help page explains it. */
const FIELDS: [string, { lv: string; en: string }][] = [
  [
    'auditRow',
    {
      lv: 'Audita ieraksts par datu izsniegšanu: kad, kura organizācija, kādi dati, kādam mērķim, uz kāda tiesiskā pamata.',
      en: 'The audit record of the provision: when, which organisation, which data, for what purpose, on what legal basis.',
    },
  ],
  [
    'canonicalRow',
    {
      lv: 'Tas pats ieraksts tieši tādā teksta formā, kādu aizzīmogoja: JSON ar sakārtotām atslēgām, bez tukšām vērtībām.',
      en: 'The same record in exactly the text form that was sealed: JSON with sorted keys and no empty values.',
    },
  ],
  [
    'leafHash',
    {
      lv: 'SHA-256 no baita 0x00, kam seko canonicalRow (RFC 6962 lapa).',
      en: 'SHA-256 of the byte 0x00 followed by canonicalRow (an RFC 6962 leaf).',
    },
  ],
  [
    'position, leafIndex, treeSize',
    {
      lv: 'Ieraksta vieta visā žurnālā, tā vieta partijā (no 0) un ierakstu skaits partijā.',
      en: 'The record’s place in the whole log, its place in the batch (from 0) and the number of records in the batch.',
    },
  ],
  [
    'path',
    {
      lv: 'Blakus zaru jaucējvērtības ceļā no lapas līdz saknei, sākot ar tuvāko. Tās neatklāj citu ierakstu saturu.',
      en: 'The hashes of the neighbouring branches from the leaf up to the root, nearest first. They reveal nothing of other records.',
    },
  ],
  [
    'batchRoot',
    {
      lv: 'Partijas Merkle koka sakne: viena jaucējvērtība, kas ir atkarīga no katra partijas ieraksta.',
      en: 'The root of the batch’s Merkle tree: one hash that depends on every record of the batch.',
    },
  ],
  [
    'seal',
    {
      lv: 'Zīmogs: partijas pirmā un pēdējā pozīcija, ķēdes galvas jaucējvērtība, aizzīmogošanas laiks (UTC) un sistēmas Ed25519 paraksts.',
      en: 'The seal: the batch’s first and last positions, the chain’s head hash, the time of sealing (UTC) and the service’s Ed25519 signature.',
    },
  ],
  [
    'publicKey',
    {
      lv: 'Sistēmas publiskā atslēga (PEM un JWK). Salīdziniet to ar atslēgu šajā lapā.',
      en: 'The service’s public key (PEM and JWK). Compare it with the key on this page.',
    },
  ],
];

/** Text to copy; it scrolls sideways, so it takes the keyboard's focus too. */
function Recipe(props: { text: string }) {
  return (
    <pre class="recipe" tabindex={0}>
      <code>{props.text}</code>
    </pre>
  );
}

function Explanation(props: { locale: Locale }) {
  if (props.locale === 'lv') {
    return (
      <>
        <p class="lead">
          Katra Jūsu datu izsniegšana tiek ierakstīta audita žurnālā. Ik pēc dažām sekundēm sistēma
          jaunos ierakstus aizzīmogo partijā: no tiem izveido jaucējvērtību koku (Merkle koku pēc
          RFC 6962) un tā sakni paraksta ar sistēmas atslēgu. Iekļaušanas pierādījums parāda, ka
          Jūsu ieraksts ir vienā no parakstītajām partijām.
        </p>
        <h2>Ko pierādījums pierāda un ko ne</h2>
        <ul>
          <li>
            Ieraksts tieši tādā veidā, kādā tas ir pierādījumā, ir iekļauts parakstītā žurnāla daļā.
            Ja kāds to vēlāk izdzēstu vai mainītu, partijas sakne vairs neatbilstu parakstam un
            žurnāla pārbaude to atklātu, bet Jūsu rīcībā paliktu pierādījums.
          </li>
          <li>
            Pierādījums neapliecina, ka datu izsniegšana bija likumīga, un neapliecina, ka žurnālā
            ir visas izsniegšanas, tikai šī.
          </li>
          <li>
            Paraksts pierāda tikai to, ka to radījis atslēgas turētājs. Tāpēc salīdziniet
            pierādījuma publisko atslēgu ar šajā lapā publicēto.
          </li>
        </ul>
      </>
    );
  }
  return (
    <>
      <p class="lead">
        Every provision of your data is written to the audit log. Every few seconds the service
        seals the new records as a batch: it builds a hash tree over them (a Merkle tree as in RFC
        6962) and signs its root with the service’s key. A proof of inclusion shows that your record
        is in one of the signed batches.
      </p>
      <h2>What a proof proves, and what it does not</h2>
      <ul>
        <li>
          The record, exactly as it stands in the proof, is part of a signed piece of the log. Were
          it removed or changed later, the batch root would no longer match its signature and the
          log’s check would find it, while you would still hold the proof.
        </li>
        <li>
          It does not prove that the provision was lawful, nor that the log holds every provision;
          only this one.
        </li>
        <li>
          A signature proves only that the key’s holder made it: compare the proof’s public key with
          the one published on this page.
        </li>
      </ul>
    </>
  );
}

/**
 * Public help on checking a proof of inclusion: what each field means, the checks in order, the
 * service's command, and recipes with openssl and Node.js that need nothing of ours.
 */
export function ProofHelpPage(props: { ctx: PageContext; publicKeyPem: string }) {
  const { ctx, publicKeyPem } = props;
  const locale = ctx.locale;
  const lv = locale === 'lv';
  return (
    <Layout ctx={ctx} title={PROOF_TEXTS.helpLink[locale]}>
      <h1>{PROOF_TEXTS.helpLink[locale]}</h1>
      <Explanation locale={locale} />
      <h2>{lv ? 'Pierādījuma lauki' : 'The fields of a proof'}</h2>
      <table>
        <caption class="visually-hidden">
          {lv ? 'Pierādījuma lauki' : 'The fields of a proof'}
        </caption>
        <thead>
          <tr>
            <th scope="col">{lv ? 'Lauks' : 'Field'}</th>
            <th scope="col">{lv ? 'Nozīme' : 'Meaning'}</th>
          </tr>
        </thead>
        <tbody>
          {FIELDS.map(([name, meaning]) => (
            <tr key={name}>
              <td>
                <code>{name}</code>
              </td>
              <td>{meaning[locale]}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <h2>{lv ? 'Pārbaude soli pa solim' : 'The check, step by step'}</h2>
      <ol>
        <li>
          {lv
            ? 'Aprēķiniet SHA-256 no baita 0x00 un canonicalRow; tam jāsakrīt ar leafHash.'
            : 'Compute SHA-256 of the byte 0x00 and canonicalRow; it must equal leafHash.'}
        </li>
        <li>
          {lv
            ? 'Ejiet no lapas pa path līdz saknei (RFC 9162, 2.1.3.2. punkts); rezultātam jāsakrīt ar batchRoot.'
            : 'Walk from the leaf along path up to the root (RFC 9162, section 2.1.3.2); the result must equal batchRoot.'}
        </li>
        <li>
          {lv
            ? 'Salieciet zīmoga tekstu un pārbaudiet tā Ed25519 parakstu ar publisko atslēgu:'
            : 'Put together the seal’s text and check its Ed25519 signature with the public key:'}
        </li>
      </ol>
      <Recipe
        text={
          'register-gateway-audit-seal v2\npositions <firstPosition>-<lastPosition>\nsealed-at <sealedAt>\nhead <headHash>\nroot <batchRoot>\n'
        }
      />
      <p>
        {lv
          ? 'Visas pārbaudes veic sistēmas komanda (atslēgas fails nav obligāts, bet bez tā pārbauda tikai pierādījuma veselumu, ne to, kas to parakstīja):'
          : 'The service’s command does every check (the key file is optional, but without it only the proof’s integrity is checked, not who signed it):'}
      </p>
      <Recipe
        text={`npm run cli -- audit check-proof ${RECIPE_FILE} --key sistemas-atslega.pem\n`}
      />
      <h2>{lv ? 'Ar openssl' : 'With openssl'}</h2>
      <Recipe text={OPENSSL_RECIPE} />
      <h2>{lv ? 'Ar Node.js' : 'With Node.js'}</h2>
      <p>
        {lv
          ? 'Visas trīs pārbaudes, bez papildu pakotnēm; katrai jāizdrukā true:'
          : 'All three checks, with no packages; each must print true:'}
      </p>
      <Recipe text={NODE_RECIPE} />
      <h2>{lv ? 'Sistēmas publiskā atslēga' : 'The service’s public key'}</h2>
      <Recipe text={publicKeyPem} />
      <p>
        <a href="/kas-izmantoja-manus-datus">{DATA_USE_TITLE[locale]}</a>
      </p>
    </Layout>
  );
}
