import type { App } from '../../src/platform/http/app-type.ts';
import { formToken } from './forms.ts';

/** A form as browsers send it (urlencoded); `accept` picks the page or the JSON error answer. */
export function formPost(
  app: App,
  url: string,
  who: { cookie: string; csrf: string } | null,
  fields: Record<string, string>,
  accept = 'text/html',
) {
  return app.inject({
    method: 'POST',
    url,
    headers: {
      ...(who === null ? {} : { cookie: who.cookie }),
      accept,
      'content-type': 'application/x-www-form-urlencoded',
    },
    payload: new URLSearchParams({
      // A fresh one-time token each time, as the form's page draws it.
      ...(who === null ? {} : { _csrf: who.csrf, _form: formToken(who.csrf) }),
      ...fields,
    }).toString(),
  });
}

/** Drafts an agreement from a decided request as a PMLP officer; answers its reference. */
export async function draftFromRequest(
  app: App,
  officer: { cookie: string; csrf: string },
  requestReference: string,
  terms: {
    validFrom: string;
    validUntil?: string;
    responsibleCreatesUsers?: boolean;
    criteriaSearch?: boolean;
  },
): Promise<string> {
  // An unticked checkbox is not sent at all, as browsers do.
  const ticked = (name: 'responsibleCreatesUsers' | 'criteriaSearch') =>
    terms[name] === true ? { [name]: 'yes' } : {};
  const res = await formPost(app, '/darbinieki/ligumi/jauns', officer, {
    pieprasijums: requestReference,
    validFrom: terms.validFrom,
    validUntil: terms.validUntil ?? '',
    ...ticked('responsibleCreatesUsers'),
    ...ticked('criteriaSearch'),
  });
  const match = /^\/darbinieki\/ligumi\/(LIG-\d{4}-\d{6})\?pazinojums=sagatavots$/.exec(
    String(res.headers.location),
  );
  if (res.statusCode !== 303 || match?.[1] === undefined) {
    throw new Error(`Drafting failed: ${res.statusCode} ${res.body.slice(0, 300)}`);
  }
  return match[1];
}
