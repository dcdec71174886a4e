import type { FastifyReply, FastifyRequest } from 'fastify';
import { Type } from 'typebox';
import { tariffOn } from '../agreements/service.ts';
import { AppError } from '../platform/errors.ts';
import type { App } from '../platform/http/app-type.ts';
import { principalOf } from '../platform/http/auth.ts';
import { formFields } from '../platform/http/form-body.ts';
import { redirectOnce } from '../platform/http/form-submissions.ts';
import { rigaDate } from '../platform/time/riga.ts';
import { pageContext, sendPage } from '../platform/views/render.ts';
import type { RouteDeps } from '../route-deps.ts';
import {
  balanceView,
  changeLowBalanceThreshold,
  parseThreshold,
  statementPageNumber,
} from './balance-view.ts';
import { ledgerErrors } from './ledger-errors.ts';
import { BALANCE_PATH, THRESHOLD_PATH } from './views/ledger-texts.ts';
import { LedgerBalancePage } from './views/ledger-balance-page.tsx';

const org = ['org_user'] as const;
const BalanceQuery = Type.Object({
  lapa: Type.Optional(Type.String({ maxLength: 10 })),
  saglabats: Type.Optional(Type.String({ maxLength: 20 })),
  lang: Type.Optional(Type.String()),
});

/** The balance is the representatives' to see and manage; browser users are refused. */
function representative(request: FastifyRequest) {
  const me = principalOf(request, 'org_user');
  if (me.role !== 'representative') {
    throw new AppError(ledgerErrors.balance_representative_required);
  }
  return me;
}

function wantsPage(request: FastifyRequest): boolean {
  return (request.headers.accept ?? '').includes('text/html');
}

/**
 * The prepaid state fee: the organisation's balance page with its statement and low-balance
 * threshold, and (through the back office) the staff's pages for recording deposits.
 */
export function registerLedgerRoutes(app: App, deps: RouteDeps): void {
  const show = async (
    request: FastifyRequest,
    reply: FastifyReply,
    organisationId: number,
    options: {
      page: number;
      thresholdInput?: string;
      errors: Record<string, string>;
      saved: 'set' | 'cleared' | null;
      status: number;
    },
  ) => {
    const view = await balanceView(deps.db, organisationId, options.page);
    const feeCents = await tariffOn(deps.db, 'state_fee_per_person', rigaDate(deps.clock.now()));
    return sendPage(
      reply,
      <LedgerBalancePage
        ctx={pageContext(request, reply)}
        view={view}
        feeCents={feeCents}
        payee={deps.config.payee}
        errors={options.errors}
        saved={options.saved}
        {...(options.thresholdInput === undefined
          ? {}
          : { thresholdInput: options.thresholdInput })}
      />,
      options.status,
    );
  };

  app.get(
    BALANCE_PATH,
    { config: { access: org }, schema: { hide: true, querystring: BalanceQuery } },
    async (request, reply) => {
      // Only the signed-in user's own organisation: the address carries no organisation at all.
      const me = representative(request);
      const saved = request.query.saglabats;
      return show(request, reply, me.organisationId, {
        page: statementPageNumber(request.query.lapa),
        errors: {},
        saved: saved === 'slieksnis' ? 'set' : saved === 'izslegts' ? 'cleared' : null,
        status: 200,
      });
    },
  );

  app.post(
    THRESHOLD_PATH,
    { config: { access: org }, schema: { hide: true } },
    async (request, reply) => {
      const me = representative(request);
      const input = (formFields(request.body).slieksnis ?? '').slice(0, 100);
      if (!parseThreshold(input).ok) {
        if (!wantsPage(request)) throw new AppError(ledgerErrors.threshold_invalid);
        const locale = pageContext(request, reply).locale;
        return show(request, reply, me.organisationId, {
          page: 1,
          thresholdInput: input,
          errors: { slieksnis: ledgerErrors.threshold_invalid[locale] },
          saved: null,
          status: 400,
        });
      }
      // One change and one audit record per form, however often it is sent.
      return redirectOnce(deps.db, request, reply, BALANCE_PATH, async (trx) => {
        const cents = await changeLowBalanceThreshold(
          trx,
          { orgUserId: me.orgUserId, organisationId: me.organisationId },
          input,
          request.id,
        );
        return `${BALANCE_PATH}?saglabats=${cents === null ? 'izslegts' : 'slieksnis'}`;
      });
    },
  );
}
