import { Type } from 'typebox';
import { registerDataUseStaffRoutes } from '../backoffice/data-use-routes.tsx';
import type { Db } from '../database.ts';
import { inTransaction } from '../platform/db/transaction.ts';
import { principalOf } from '../platform/http/auth.ts';
import type { App } from '../platform/http/app-type.ts';
import type { Clock } from '../platform/time/riga.ts';
import { pageContext, sendPage } from '../platform/views/render.ts';
import { checkPeriod, pageNumber, residentDataUse } from './data-use.ts';
import { DATA_USE_PATH, DataUsePage } from './views/data-use-page.tsx';

const DataUseQuery = Type.Object({
  no: Type.Optional(Type.String({ maxLength: 40 })),
  lidz: Type.Optional(Type.String({ maxLength: 40 })),
  lapa: Type.Optional(Type.String({ maxLength: 10 })),
  lang: Type.Optional(Type.String()),
});

/** "Kas izmantoja manus datus" for residents, and the staff's view and holds of the same rows. */
export function registerDataUseRoutes(app: App, deps: { db: Db; clock: Clock }): void {
  app.get(
    DATA_USE_PATH,
    { config: { access: ['resident'] }, schema: { hide: true, querystring: DataUseQuery } },
    async (request, reply) => {
      const me = principalOf(request, 'resident');
      const ctx = pageContext(request, reply);
      const values = { no: request.query.no ?? '', lidz: request.query.lidz ?? '' };
      const checked = checkPeriod({ from: values.no, to: values.lidz });
      if (!checked.ok) {
        const errors: Record<string, string> = {};
        for (const e of checked.errors) errors[e.field] ??= e.error[ctx.locale];
        return sendPage(
          reply,
          <DataUsePage ctx={ctx} values={values} errors={errors} view={null} />,
          400,
        );
      }
      const view = await inTransaction(deps.db, (trx) =>
        residentDataUse(
          trx,
          deps.clock,
          { personId: me.personId },
          { period: checked.period, page: pageNumber(request.query.lapa) },
          request.id,
        ),
      );
      return sendPage(reply, <DataUsePage ctx={ctx} values={values} errors={{}} view={view} />);
    },
  );

  registerDataUseStaffRoutes(app, deps);
}
