import type { Page } from 'playwright-core';
import { clickThrough } from './browser.ts';
import { SIGN_IN_METHODS, totpCode } from '../../src/identity/service.ts';
import { signInFieldsTexts } from '../../src/identity/texts/sign-in-fields.ts';
import type { SignInMethod } from '../../src/platform/http/auth.ts';

/**
 * At the development identity provider's page (Latvian or English): pick a method and a listed
 * person, or type any personal code, and sign in.
 */
export async function signInAtProvider(
  page: Page,
  choice: { method: SignInMethod; person?: RegExp; typedCode?: string; locale?: 'lv' | 'en' },
): Promise<void> {
  const locale = choice.locale ?? 'lv';
  const label = SIGN_IN_METHODS.find((m) => m.method === choice.method)?.label[locale] ?? '';
  await page.getByLabel(label, { exact: true }).check();
  if (choice.person !== undefined) await page.getByLabel(choice.person).check();
  if (choice.typedCode !== undefined) {
    await page
      .getByLabel(
        locale === 'lv'
          ? 'Vai ierakstiet jebkuras personas kodu'
          : 'Or type the personal code of anyone',
      )
      .fill(choice.typedCode);
  }
  await clickThrough(
    page.getByRole('button', { name: locale === 'lv' ? 'Pieteikties' : 'Sign in' }),
  );
}

/** The last time step each secret signed in with: a code is accepted once. */
const usedSteps = new Map<string, number>();

/**
 * The code to type: the app's code now, or, when this secret already signed in during this
 * 30-second step, the next step's code (accepted as a clock a little ahead), as a person would
 * wait for the next code.
 */
function freshCode(secret: string, at: Date): string {
  const step = Math.floor(at.getTime() / 30_000);
  const use = (usedSteps.get(secret) ?? -1) >= step ? step + 1 : step;
  usedSteps.set(secret, use);
  return totpCode(secret, new Date(use * 30_000));
}

/** The staff sign-in form of the back office, with the code the member's app shows now. */
export async function signInAsStaff(
  page: Page,
  base: string,
  staff: { email: string; password: string; totpSecretBase32: string },
  /** The server's present, when the test runs it on a clock of its own. */
  at = new Date(),
) {
  await page.goto(`${base}/darbinieki/pieteikties`);
  await page.getByLabel('E-pasta adrese').fill(staff.email);
  await page.getByLabel('Parole').fill(staff.password);
  await page.getByLabel(signInFieldsTexts.code.lv).fill(freshCode(staff.totpSecretBase32, at));
  await page.getByRole('button', { name: 'Pieteikties' }).click();
}
