import type { Static, TSchema } from 'typebox';
import { Type } from 'typebox';
import type { Db } from '../database.ts';
import type { Envelope } from '../platform/crypto/envelope.ts';
import { inTransaction } from '../platform/db/transaction.ts';
import { principalOf } from '../platform/http/auth.ts';
import type { App } from '../platform/http/app-type.ts';
import { errorResponses, withExample } from '../platform/http/schemas.ts';
import * as examples from './operator-examples.ts';
import { rigaDate, type Clock } from '../platform/time/riga.ts';
import { correctionProcess, type ChangeContext } from './change-context.ts';
import {
  AddressBody,
  AddressListEntry,
  AddressQuery,
  BiometricsBody,
  ChangeEntry,
  ChangeResponse,
  ChangesQuery,
  CorrectionQuery,
  DeathBody,
  DivorceBody,
  DocumentBody,
  InvalidationBody,
  LookupBody,
  MarriageBody,
  NameBody,
  PersonIdParams,
  RegistrationBody,
} from './operator-schemas.ts';
import { PersonRecord } from './schemas.ts';
import * as register from './service.ts';

export interface RegisterDeps {
  db: Db;
  envelope: Envelope;
  clock: Clock;
}

const PREFIX = '/api/operator/v1';
const access = ['operator'] as const;
const tags = ['Operator: Population Register'];

/** The register authority's operator API: every change a register sees in life. */
export function registerOperatorRoutes(app: App, deps: RegisterDeps): void {
  const context = (request: Parameters<typeof principalOf>[0], process: string): ChangeContext => ({
    authority: principalOf(request, 'operator').authority,
    process,
    today: rigaDate(deps.clock.now()),
  });

  app.post(
    `${PREFIX}/persons/lookup`,
    {
      config: { access },
      schema: {
        tags,
        summary: 'Read a person by personal code (audited, with the reason)',
        body: withExample(LookupBody, examples.lookupExample),
        response: {
          200: withExample(
            Type.Object(
              { personId: Type.Integer(), record: PersonRecord },
              { description: 'The person’s register id and the scopes asked for' },
            ),
            examples.lookupAnswerExample,
          ),
          ...errorResponses,
        },
      },
    },
    async (request) => {
      const operator = principalOf(request, 'operator');
      return inTransaction(deps.db, async (trx) => {
        const person = await register.findPerson(
          trx,
          request.body.personalCode,
          request.body.dataset ?? 'production',
        );
        const record = await register.providePersonRecord(
          trx,
          person,
          request.body.scopes ?? register.DATA_SCOPES,
          rigaDate(deps.clock.now()),
          {
            actorType: 'operator',
            actorId: operator.tokenId,
            channel: 'operator',
            reason: request.body.reason,
            requestId: request.id,
          },
        );
        return { personId: person.id, record };
      });
    },
  );

  app.post(
    `${PREFIX}/persons`,
    {
      config: { access },
      schema: {
        tags,
        summary: 'Register a person (birth, or a first entry)',
        body: withExample(RegistrationBody, examples.registrationExample),
        response: {
          201: withExample(
            Type.Object(
              { personId: Type.Integer(), personalCode: Type.String(), changeSeq: Type.Integer() },
              { description: 'Registered: the person’s id, personal code and change number' },
            ),
            examples.registrationAnswerExample,
          ),
          ...errorResponses,
        },
      },
    },
    async (request, reply) => {
      const body = request.body;
      const result = await inTransaction(deps.db, (trx) =>
        register.registerPerson(
          trx,
          { ...body, personalCode: body.personalCode ?? null },
          context(request, 'registration'),
        ),
      );
      return reply.status(201).send(result);
    },
  );

  /** The routes that record one life event share their shape; only schema and rule differ. */
  const lifeEvent = <B extends TSchema>(
    path: string,
    summary: string,
    body: B,
    example: Static<B>,
    process: string,
    run: (
      trx: Db,
      personId: number,
      body: Static<B>,
      ctx: ChangeContext,
    ) => Promise<{ changeSeq: number }>,
  ) => {
    app.post(
      `${PREFIX}/persons/:personId/${path}`,
      {
        config: { access },
        schema: {
          tags,
          summary,
          params: PersonIdParams,
          querystring: CorrectionQuery,
          body: withExample(body, example),
          response: {
            201: withExample(ChangeResponse, examples.changeAnswerExample),
            ...errorResponses,
          },
        },
      },
      async (request, reply) => {
        const ctx = context(request, correctionProcess(process, request.query.correction === true));
        const result = await inTransaction(deps.db, async (trx) => {
          await register.findPersonById(trx, request.params.personId);
          return run(trx, request.params.personId, request.body as Static<B>, ctx);
        });
        return reply.status(201).send(result);
      },
    );
  };

  lifeEvent(
    'addresses',
    'Declare an address',
    AddressBody,
    examples.addressExample,
    'address_declaration',
    (trx, id, b, ctx) => register.declareAddress(trx, id, b, ctx),
  );
  lifeEvent(
    'names',
    'Change a name',
    NameBody,
    examples.nameExample,
    'name_change',
    (trx, id, b, ctx) => register.changeName(trx, id, b, ctx),
  );
  lifeEvent(
    'documents',
    'Issue an identity document',
    DocumentBody,
    examples.documentExample,
    'document_issue',
    (trx, id, b, ctx) => register.issueDocument(trx, id, b, ctx),
  );
  lifeEvent(
    'document-invalidations',
    'Invalidate an identity document',
    InvalidationBody,
    examples.invalidationExample,
    'document_invalidation',
    (trx, id, b, ctx) => register.invalidateDocument(trx, id, b, ctx),
  );
  lifeEvent(
    'marriages',
    'Record a marriage',
    MarriageBody,
    examples.marriageExample,
    'marriage_registration',
    (trx, id, b, ctx) => register.recordMarriage(trx, id, b, ctx),
  );
  lifeEvent(
    'divorces',
    'Record a divorce',
    DivorceBody,
    examples.divorceExample,
    'divorce_registration',
    (trx, id, b, ctx) => register.recordDivorce(trx, id, b, ctx),
  );
  lifeEvent(
    'death',
    'Register a death',
    DeathBody,
    examples.deathExample,
    'death_registration',
    (trx, id, b, ctx) => register.registerDeath(trx, id, b, ctx),
  );
  lifeEvent(
    'biometrics',
    'Capture biometrics into BDAS',
    BiometricsBody,
    examples.biometricsExample,
    'biometric_capture',
    (trx, id, b, ctx) =>
      register.captureBiometrics(
        trx,
        deps.envelope,
        id,
        {
          process: b.process,
          capturedAt: new Date(b.capturedAt),
          facialImage: b.facialImage === undefined ? null : Buffer.from(b.facialImage, 'base64'),
          fingerprints: b.fingerprints,
        },
        { ...ctx, process: b.process },
      ),
  );

  app.get(
    `${PREFIX}/changes`,
    {
      config: { access },
      schema: {
        tags,
        summary: 'The change log, in order, after a sequence number',
        querystring: ChangesQuery,
        response: {
          200: withExample(
            Type.Object(
              { changes: Type.Array(ChangeEntry) },
              { description: 'The changes after the sequence number given, oldest first' },
            ),
            examples.changesAnswerExample,
          ),
          ...errorResponses,
        },
      },
    },
    async (request) => ({
      changes: await register.listChanges(deps.db, request.query.after, request.query.limit),
    }),
  );

  app.get(
    `${PREFIX}/addresses`,
    {
      config: { access },
      schema: {
        tags,
        summary: 'Search the address register’s list',
        querystring: AddressQuery,
        response: {
          200: withExample(
            Type.Object(
              { addresses: Type.Array(AddressListEntry) },
              { description: 'The addresses that match, best first' },
            ),
            examples.addressesAnswerExample,
          ),
          ...errorResponses,
        },
      },
    },
    async (request) => ({
      addresses: await register.searchAddresses(deps.db, request.query.q, request.query.limit),
    }),
  );
}
