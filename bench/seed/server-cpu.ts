import { readFileSync } from 'node:fs';
import type pg from 'pg';

/** Seconds of CPU a local process has used, from /proc; null when it is not on this machine. */
function cpuSecondsOf(pid: number): number | null {
  try {
    const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]?.split(' ') ?? [];
    // utime and stime, in clock ticks of 1/100 s.
    return (Number(fields[11]) + Number(fields[12])) / 100;
  } catch {
    return null;
  }
}

/**
 * The CPU that the pool's own PostgreSQL backends use between start() and stop(): only when the
 * server runs on this machine (its backends are processes here). Connections the pool opens or
 * closes meanwhile are counted too.
 */
export function watchBackendCpu(pool: pg.Pool) {
  const startOf = new Map<number, number>();
  let closed = 0;
  let local = true;
  const pidOf = (client: pg.PoolClient) => (client as unknown as { processID: number }).processID;
  pool.on('connect', (client) => startOf.set(pidOf(client), 0));
  pool.on('remove', (client) => {
    const pid = pidOf(client);
    closed += (cpuSecondsOf(pid) ?? 0) - (startOf.get(pid) ?? 0);
    startOf.delete(pid);
  });
  const now = () => {
    let total = closed;
    for (const [pid, start] of startOf) {
      const seconds = cpuSecondsOf(pid);
      if (seconds === null) local = false;
      total += (seconds ?? 0) - start;
    }
    return total;
  };
  return {
    start(): void {
      closed = 0;
      for (const pid of startOf.keys()) startOf.set(pid, cpuSecondsOf(pid) ?? 0);
    },
    /** Seconds of CPU since start(), or null when the server is elsewhere. */
    stop(): number | null {
      const seconds = now();
      return local && startOf.size > 0 ? seconds : null;
    },
  };
}
