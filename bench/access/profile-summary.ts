/**
 * Where a process's CPU went, from a V8 CPU profile (`--cpu-prof`, as `bench:access --profile`
 * writes for the web process): the share of samples by package or part of Node, and the functions
 * with the most self time. Idle samples are reported apart: they are the process waiting.
 *
 *   tsx bench/access/profile-summary.ts <file.cpuprofile> [--top 25]
 */
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';

interface CallFrame {
  functionName: string;
  url: string;
  lineNumber: number;
}
interface ProfileNode {
  id: number;
  callFrame: CallFrame;
}
interface CpuProfile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { top: { type: 'string', default: '25' } },
});

/** The package a frame's code belongs to, or the part of V8 / Node it stands for. */
export function partOf(frame: CallFrame): string {
  const { url, functionName } = frame;
  if (url === '') return functionName === '' ? '(anonymous native)' : functionName;
  const pkg = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(url);
  if (pkg?.[1] !== undefined) return pkg[1];
  if (url.startsWith('node:')) return `node:${url.slice(5).split('/')[0] ?? ''}`;
  const own = /\/(src|bench|test)\/([^/]+)/.exec(url);
  if (own?.[1] === 'src') return `service: src/${own[2] ?? ''}`;
  return url;
}

function summarise(file: string, top: number): string {
  const profile = JSON.parse(readFileSync(file, 'utf8')) as CpuProfile;
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const parts = new Map<string, number>();
  const functions = new Map<string, number>();
  let idle = 0;
  let total = 0;
  profile.samples.forEach((id, i) => {
    const node = byId.get(id);
    const us = profile.timeDeltas[i] ?? 0;
    if (node === undefined) return;
    total += us;
    if (node.callFrame.functionName === '(idle)') {
      idle += us;
      return;
    }
    const part = partOf(node.callFrame);
    parts.set(part, (parts.get(part) ?? 0) + us);
    const name = `${node.callFrame.functionName || '(anonymous)'} ${part}`;
    functions.set(name, (functions.get(name) ?? 0) + us);
  });
  const busy = total - idle;
  const pct = (us: number) => `${((100 * us) / busy).toFixed(1).padStart(5)} %`;
  const rank = (m: Map<string, number>) =>
    [...m.entries()]
      .sort((a, b) => b[1] - a[1])
      .slice(0, top)
      .map(([name, us]) => `  ${pct(us)}  ${name}`);
  return [
    `${file}: ${(total / 1e6).toFixed(1)} s profiled, ${((100 * idle) / total).toFixed(1)} % idle; shares of the busy ${(busy / 1e6).toFixed(1)} s:`,
    'by package or part of Node:',
    ...rank(parts),
    'functions by self time:',
    ...rank(functions),
  ].join('\n');
}

for (const file of positionals) process.stdout.write(`${summarise(file, Number(values.top))}\n\n`);
