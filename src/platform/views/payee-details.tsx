import type { Locale } from '../i18n/locale.ts';
import { platformTexts } from './texts.ts';

/** Whom organisations pay (`config.payee`), as the pages that ask for money show it. */
export interface Payee {
  name: string;
  registrationNumber: string;
  iban: string;
  bic: string;
  /** The built-in example of development and tests, marked so nobody pays it. */
  example: boolean;
}

/** An IBAN as banks print it: groups of four. */
export function groupedIban(iban: string): string {
  return iban.replace(/(.{4})(?=.)/g, '$1 ');
}

/**
 * The payee's name, register number, IBAN and BIC, and what to write in the payment details,
 * wherever money is asked for (the balance page, the agreement's fees).
 */
export function PayeeDetails(props: { payee: Payee; reference: string; locale: Locale }) {
  const { payee, locale } = props;
  const words = platformTexts.payee;
  const rows: [string, string][] = [
    [words.name[locale], payee.name],
    [words.registrationNumber[locale], payee.registrationNumber],
    [words.iban[locale], groupedIban(payee.iban)],
    [words.bic[locale], payee.bic],
    [words.reference[locale], props.reference],
  ];
  return (
    <div class="payee">
      {payee.example ? (
        <p>
          <strong class="tag example-tag">{words.example[locale]}</strong>{' '}
          {words.exampleNote[locale]}
        </p>
      ) : null}
      <table class="summary-list">
        <caption>{words.caption[locale]}</caption>
        <tbody>
          {rows.map(([label, value]) => (
            <tr key={label}>
              <th scope="row">{label}</th>
              <td>
                <code>{value}</code>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
