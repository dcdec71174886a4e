import type { Locale, Text } from '../../platform/i18n/locale.ts';
import { Layout, type PageContext } from '../../platform/views/layout.tsx';
import { DATA_USE_TITLE, PROOF_TEXTS } from '../data-use-texts.ts';
import { NODE_RECIPE, OPENSSL_RECIPE, RECIPE_FILE } from '../proof-recipes.ts';
import { proofHelpPageTexts } from '../texts/proof-help-page.ts';

const FIELD_TEXTS = proofHelpPageTexts.fields;

export const PROOF_HELP_PATH = '/palidziba/ieklausanas-pieradijums';

/** Each field of a proof file, as the help page explains it. */
const FIELDS: [string, Text][] = [
  ['auditRow', FIELD_TEXTS.auditRow],
  ['canonicalRow', FIELD_TEXTS.canonicalRow],
  ['leafHash', FIELD_TEXTS.leafHash],
  ['position, leafIndex, treeSize', FIELD_TEXTS.positions],
  ['path', FIELD_TEXTS.path],
  ['batchRoot', FIELD_TEXTS.batchRoot],
  ['seal', FIELD_TEXTS.seal],
  ['publicKey', FIELD_TEXTS.publicKey],
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
  const { locale } = props;
  const texts = proofHelpPageTexts.explanation;
  return (
    <>
      <p class="lead">{texts.lead[locale]}</p>
      <h2>{texts.heading[locale]}</h2>
      <ul>
        <li>{texts.inclusion[locale]}</li>
        <li>{texts.notLawfulness[locale]}</li>
        <li>{texts.keyHolder[locale]}</li>
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
  return (
    <Layout ctx={ctx} title={PROOF_TEXTS.helpLink[locale]}>
      <h1>{PROOF_TEXTS.helpLink[locale]}</h1>
      <Explanation locale={locale} />
      <h2>{proofHelpPageTexts.fields.heading[locale]}</h2>
      <table>
        <caption class="visually-hidden">{proofHelpPageTexts.fields.heading[locale]}</caption>
        <thead>
          <tr>
            <th scope="col">{proofHelpPageTexts.fields.field[locale]}</th>
            <th scope="col">{proofHelpPageTexts.fields.meaning[locale]}</th>
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
      <h2>{proofHelpPageTexts.steps.heading[locale]}</h2>
      <ol>
        <li>{proofHelpPageTexts.steps.leaf[locale]}</li>
        <li>{proofHelpPageTexts.steps.path[locale]}</li>
        <li>{proofHelpPageTexts.steps.seal[locale]}</li>
      </ol>
      <Recipe
        text={
          'register-gateway-audit-seal v2\npositions <firstPosition>-<lastPosition>\nsealed-at <sealedAt>\nhead <headHash>\nroot <batchRoot>\n'
        }
      />
      <p>{proofHelpPageTexts.steps.serviceCommand[locale]}</p>
      <Recipe
        text={`npm run cli -- audit check-proof ${RECIPE_FILE} --key sistemas-atslega.pem\n`}
      />
      <h2>{proofHelpPageTexts.recipes.openssl[locale]}</h2>
      <Recipe text={OPENSSL_RECIPE} />
      <h2>{proofHelpPageTexts.recipes.node[locale]}</h2>
      <p>{proofHelpPageTexts.recipes.nodeIntro[locale]}</p>
      <Recipe text={NODE_RECIPE} />
      <h2>{proofHelpPageTexts.recipes.publicKey[locale]}</h2>
      <Recipe text={publicKeyPem} />
      <p>
        <a href="/kas-izmantoja-manus-datus">{DATA_USE_TITLE[locale]}</a>
      </p>
    </Layout>
  );
}
