import type { PGlite } from '@electric-sql/pglite';
import pg from 'pg';

/**
 * Notifications the database sends at commit (`pg_notify` in a trigger), for what every process
 * keeps in memory and must drop when another process changes the data under it.
 */
export interface NotificationHandlers {
  onMessage(channel: string, payload: string): void;
  /**
   * Called when messages may have been missed (the listening connection was lost and is back):
   * drop everything, as if every message had come.
   */
  onGap(): void;
}

export interface Listening {
  close(): Promise<void>;
}

const CHANNEL = /^[a-z_][a-z0-9_]*$/;

function checkChannels(channels: readonly string[]): void {
  for (const channel of channels) {
    if (!CHANNEL.test(channel)) throw new Error(`Unsafe channel name "${channel}"`);
  }
}

/** PGlite: one process, one database; its own notifications arrive in that process. */
export async function listenPglite(
  pglite: PGlite,
  channels: readonly string[],
  handlers: NotificationHandlers,
): Promise<Listening> {
  checkChannels(channels);
  const stops = await Promise.all(
    channels.map((channel) =>
      pglite.listen(channel, (payload) => handlers.onMessage(channel, payload)),
    ),
  );
  return {
    close: async () => {
      await Promise.all(stops.map((stop) => stop()));
    },
  };
}

/**
 * PostgreSQL: a connection of its own that only listens (a pooled one would be handed to queries).
 * When it is lost, it is made again after a pause, and the handlers hear of the gap.
 */
export async function listenPostgres(
  url: string,
  channels: readonly string[],
  handlers: NotificationHandlers,
  log: { warn(obj: object, msg: string): void },
  retryMs = 1000,
): Promise<Listening> {
  checkChannels(channels);
  let client: pg.Client | null = null;
  let closed = false;
  let timer: NodeJS.Timeout | null = null;

  const connect = async (): Promise<void> => {
    const next = new pg.Client({ connectionString: url });
    next.on('notification', (message) => {
      handlers.onMessage(message.channel, message.payload ?? '');
    });
    next.on('error', (error: Error) => {
      log.warn({ err: { message: error.message } }, 'database notifications lost');
      dropped(next);
    });
    next.on('end', () => dropped(next));
    try {
      await next.connect();
      for (const channel of channels) await next.query(`listen ${channel}`);
    } catch (error) {
      // Half made (connected, not listening) it is of no use: end it, and the caller tries again.
      next.removeAllListeners('end');
      await next.end().catch(() => undefined);
      throw error;
    }
    if (closed) {
      // Closed while this was connecting: nothing is to hear it.
      next.removeAllListeners('end');
      await next.end().catch(() => undefined);
      return;
    }
    client = next;
  };

  const scheduleReconnect = (): void => {
    if (closed || timer !== null) return;
    timer = setTimeout(() => {
      timer = null;
      connect()
        .then(() => handlers.onGap())
        .catch((error: unknown) => {
          log.warn(
            { err: { message: error instanceof Error ? error.message : String(error) } },
            'database notifications: reconnect failed',
          );
          scheduleReconnect();
        });
    }, retryMs);
  };

  const dropped = (lost: pg.Client): void => {
    if (client !== lost) return;
    client = null;
    lost.removeAllListeners('end');
    void lost.end().catch(() => undefined);
    scheduleReconnect();
  };

  await connect();
  return {
    close: async () => {
      closed = true;
      if (timer !== null) clearTimeout(timer);
      const current = client;
      client = null;
      if (current !== null) {
        current.removeAllListeners('end');
        await current.end().catch(() => undefined);
      }
    },
  };
}
