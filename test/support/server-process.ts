import { spawn, type ChildProcess } from 'node:child_process';

export interface ServerProcess {
  base: string;
  /** The process id, for reading what the process costs. */
  pid: number | null;
  stop(): Promise<void>;
  /** Ends the process at once, as a crash or `kill -9` would: no shutdown of any kind. */
  kill(): Promise<void>;
}

/**
 * The service as it runs in production: `src/main.ts` in a process of its own, on a PostgreSQL
 * schema of its own, answering on `port` once `/readyz` says the database is ready. A process
 * with the worker role alone listens nowhere: it is ready once it says it is running.
 */
export async function startServerProcess(options: {
  databaseUrl: string;
  schema: string;
  port: number;
  publicUrl: string;
  secrets: Record<string, string>;
  roles: string;
  env?: Record<string, string>;
}): Promise<ServerProcess> {
  const listens = options.roles.split(',').includes('web');
  const child: ChildProcess = spawn(process.execPath, ['--import', 'tsx', 'src/main.ts'], {
    env: {
      ...process.env,
      ...options.secrets,
      NODE_ENV: 'test',
      ROLES: options.roles,
      HOST: '127.0.0.1',
      PORT: String(options.port),
      // Several processes may answer to one public address: tokens name it as their audience.
      PUBLIC_URL: options.publicUrl,
      DATABASE_URL: `${options.databaseUrl}?options=${encodeURIComponent(`-c search_path=${options.schema}`)}`,
      DATA_DIR: '/nonexistent',
      ...options.env,
    },
    stdio: ['ignore', listens ? 'ignore' : 'pipe', 'inherit'],
  });
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const base = `http://127.0.0.1:${options.port}`;
  const stop = async () => {
    if (child.exitCode === null) child.kill('SIGTERM');
    await exited;
  };
  const kill = async () => {
    if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
    await exited;
  };
  if (!listens) {
    if (await workerStarted(child)) return { base, pid: child.pid ?? null, stop, kill };
    await stop();
    throw new Error('the worker did not start');
  }
  for (let i = 0; i < 300; i++) {
    if (child.exitCode !== null) break;
    try {
      if ((await fetch(`${base}/readyz`)).ok) return { base, pid: child.pid ?? null, stop, kill };
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  await stop();
  throw new Error(`the server on port ${options.port} did not start`);
}

/** Whether the worker printed its start line before it exited; reads its output to the end. */
function workerStarted(child: ChildProcess): Promise<boolean> {
  return new Promise((resolve) => {
    let seen = '';
    child.stdout?.on('data', (chunk: Buffer) => {
      seen += chunk.toString('utf8');
      if (seen.includes('worker running')) resolve(true);
    });
    child.once('exit', () => resolve(false));
  });
}
