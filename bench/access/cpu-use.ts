import { readFileSync } from 'node:fs';

/** What a stretch of work cost in CPU: the service's own process, and the whole machine. */
export interface CpuUse {
  /** CPU time (user + system) of the service's web process per answer, in milliseconds. */
  serviceMsPerAnswer: number | null;
  /** Cores the whole machine kept busy on average (of os.cpus().length). */
  machineBusyCores: number | null;
}

/** Clock ticks per second of /proc's counters (USER_HZ), 100 on every Linux that runs here. */
const TICKS = 100;

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
 * Runs `work` and reads from /proc what it cost (Linux only; elsewhere the figures are null).
 * `answers` turns the work's result into the number of answers, to spread the service's time.
 */
export async function withCpuUse<T>(
  servicePid: number | null,
  cores: number,
  work: () => Promise<T>,
  answers: (result: T) => number,
): Promise<{ result: T; cpu: CpuUse }> {
  const service0 = servicePid === null ? null : processTicks(servicePid);
  const machine0 = machineTicks();
  const result = await work();
  const service1 = servicePid === null ? null : processTicks(servicePid);
  const machine1 = machineTicks();
  const count = answers(result);
  return {
    result,
    cpu: {
      serviceMsPerAnswer:
        service0 === null || service1 === null || count === 0
          ? null
          : (((service1 - service0) / TICKS) * 1000) / count,
      machineBusyCores:
        machine0 === null || machine1 === null || machine1.all === machine0.all
          ? null
          : ((machine1.busy - machine0.busy) / (machine1.all - machine0.all)) * cores,
    },
  };
}
