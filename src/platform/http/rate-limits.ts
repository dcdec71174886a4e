import rateLimit from '@fastify/rate-limit';
import type { FastifyInstance } from 'fastify';
import { Redis } from 'ioredis';

/**
 * The rate limits routes ask for (`config.rateLimit`, `app.createRateLimit`), counted by
 * `@fastify/rate-limit`. With Redis configured every process counts in the same place, so two
 * processes allow the agreed rate, not twice it, and a restart forgets nothing; without it
 * (the embedded default) each process counts in its own memory.
 */
export async function installRateLimits(
  app: FastifyInstance,
  redis: { url: string; keyPrefix: string } | null,
): Promise<void> {
  if (redis === null) {
    await app.register(rateLimit, { global: false });
    return;
  }
  const client = new Redis(redis.url, {
    // A request must not hang on an unreachable Redis: the limiter's error lets it through.
    connectTimeout: 2000,
    maxRetriesPerRequest: 1,
    enableOfflineQueue: true,
  });
  client.on('error', (error: Error) => {
    app.log.warn({ err: { message: error.message } }, 'rate limit store unreachable');
  });
  app.addHook('onClose', async () => {
    await client.quit().catch(() => client.disconnect());
  });
  await app.register(rateLimit, {
    global: false,
    redis: client,
    nameSpace: `${redis.keyPrefix}rate-limit:`,
    // Counting is a guard, not the service: when Redis fails, requests pass and the log says so.
    skipOnError: true,
  });
}
