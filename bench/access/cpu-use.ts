import { readdirSync, readFileSync } from 'node:fs';

/** What a stretch of work cost in CPU, in milliseconds per answer, by whom. */
export interface CpuUse {
  /** The service's web process. */
  webMs: number | null;
  /** The service's worker process (the audit sealer among its jobs). */
  workerMs: number | null;
  /** PostgreSQL's backends serving the benchmark's database. */
  postgresMs: number | null;
  /** The three together: what one answer costs the machine, the load generator left out. */
  totalMs: number | null;
  /** Cores the whole machine kept busy on average, other users' work included. */
  machineBusyCores: number | null;
}

/** Clock ticks per second of /proc's counters (USER_HZ), 100 on every Linux that runs here. */
const TICKS = 100;
/** How often the database's backends are looked for and read: one that ends loses at most this. */
const POLL_MS = 200;

function processTicks(pid: number): number | null {
  try {
    // Fields after the command name, which may hold spaces: utime and stime are 14th and 15th.
    const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]?.split(' ') ?? [];
    return Number(fields[11]) + Number(fields[12]);
  } catch {
    return null;
  }
}

function machineTicks(): { busy: number; all: number } | null {
  try {
    // user nice system idle iowait irq softirq steal, in ticks since boot, all cores together.
    const line = readFileSync('/proc/stat', 'utf8').split('\n')[0] ?? '';
    const ticks = line.split(/\s+/).slice(1, 9).map(Number);
    const all = ticks.reduce((a, b) => a + b, 0);
    return { busy: all - (ticks[3] ?? 0) - (ticks[4] ?? 0), all };
  } catch {
    return null;
  }
}

/**
 * PostgreSQL's processes working for `database`: its backends name it in their process title
 * ("postgres: user database host(port) state", autovacuum workers too). Other databases on the
 * same server (other people's tests) are left out; the server's shared background writers too.
 */
function backendsOf(database: string): number[] {
  const pids: number[] = [];
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const title = readFileSync(`/proc/${entry}/cmdline`, 'utf8');
      if (title.startsWith('postgres: ') && title.split(' ').includes(database)) {
        pids.push(Number(entry));
      }
    } catch {
      // ended meanwhile
    }
  }
  return pids;
}

/**
 * Runs `work` and reads from /proc what it cost (Linux only; elsewhere the figures are null):
 * the web and worker processes at the start and the end, and the database's backends every
 * POLL_MS, each from the first time it is seen (a backend seen first mid-run counts whole, as
 * it started for this work) to the last.
 */
export async function withCpuUse<T>(
  processes: { web: number | null; worker: number | null; database: string },
  cores: number,
  work: () => Promise<T>,
  answers: (result: T) => number,
): Promise<{ result: T; cpu: CpuUse }> {
  const { web, worker } = processes;
  const web0 = web === null ? null : processTicks(web);
  const worker0 = worker === null ? null : processTicks(worker);
  const machine0 = machineTicks();
  const backends = new Map<number, { first: number; last: number }>();
  const readBackends = (fresh: boolean) => {
    for (const pid of backendsOf(processes.database)) {
      const ticks = processTicks(pid);
      if (ticks === null) continue;
      const seen = backends.get(pid);
      if (seen === undefined) backends.set(pid, { first: fresh ? ticks : 0, last: ticks });
      else seen.last = ticks;
    }
  };
  readBackends(true);
  const poll = setInterval(() => readBackends(false), POLL_MS);
  let result: T;
  try {
    result = await work();
  } finally {
    clearInterval(poll);
  }
  readBackends(false);
  const web1 = web === null ? null : processTicks(web);
  const worker1 = worker === null ? null : processTicks(worker);
  const machine1 = machineTicks();
  const count = answers(result);
  const perAnswer = (before: number | null, after: number | null) =>
    before === null || after === null || count === 0
      ? null
      : (((after - before) / TICKS) * 1000) / count;
  const pgTicks = [...backends.values()].reduce((sum, b) => sum + b.last - b.first, 0);
  const webMs = web === null ? 0 : perAnswer(web0, web1);
  const workerMs = worker === null ? 0 : perAnswer(worker0, worker1);
  const postgresMs = perAnswer(0, pgTicks);
  return {
    result,
    cpu: {
      webMs,
      workerMs,
      postgresMs,
      totalMs:
        webMs === null || workerMs === null || postgresMs === null
          ? null
          : webMs + workerMs + postgresMs,
      machineBusyCores:
        machine0 === null || machine1 === null || machine1.all === machine0.all
          ? null
          : ((machine1.busy - machine0.busy) / (machine1.all - machine0.all)) * cores,
    },
  };
}
