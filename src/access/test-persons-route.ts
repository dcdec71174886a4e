import { principalOf } from '../platform/http/auth.ts';
import type { App } from '../platform/http/app-type.ts';
import { AppError } from '../platform/errors.ts';
import { errorResponses, withExample } from '../platform/http/schemas.ts';
import { testPersonsAnswerExample } from './api-examples.ts';
import { TestPersonsAnswer } from './api-schemas.ts';
import { accessErrors } from './errors.ts';
import { TEST_PERSONS } from './test-persons.ts';
import { TEST_PERSONS_PATH } from '../platform/http/api-reference.ts';

/**
 * `GET /api/v1/test-persons`: the test data set's well-known persons, for a test connection. A
 * production connection is refused, so that nobody takes these codes for persons it may query.
 * Free and not audited: the list is the published, fictional one, not a read of the register.
 */
export function registerTestPersonsRoute(app: App, config: { access: readonly ['system_client'] }) {
  app.get(
    TEST_PERSONS_PATH,
    {
      config,
      schema: {
        tags: ['Data'],
        operationId: 'listTestPersons',
        summary: 'The test data set’s well-known persons (a test-environment connection only)',
        response: {
          200: withExample(TestPersonsAnswer, testPersonsAnswerExample),
          ...errorResponses,
        },
      },
    },
    async (request) => {
      const me = principalOf(request, 'system_client');
      if (me.environment !== 'test') throw new AppError(accessErrors.test_persons_test_only);
      return { environment: 'test' as const, persons: [...TEST_PERSONS] };
    },
  );
}
