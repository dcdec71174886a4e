import type { Config } from './config.ts';
import type { Db } from './database.ts';
import type { JobHandler } from './platform/jobs/worker.ts';

/** Every kind of job the worker role runs, by kind; each capability contributes its own. */
export function jobHandlers(_deps: { config: Config; db: Db }): Map<string, JobHandler> {
  return new Map<string, JobHandler>();
}
