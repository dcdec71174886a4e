// Runs before `npm start` and `npm test`: installs the npm packages when they are missing or
// older than the lockfile, so the README's two commands work on a new machine. Plain JavaScript
// on purpose: it may run on the machine's own Node.js before the pinned Node 24 is installed.
import { spawnSync } from 'node:child_process';
import { existsSync, statSync } from 'node:fs';

const installed = 'node_modules/.package-lock.json';
const fresh =
  existsSync(installed) &&
  existsSync('node_modules/.bin/node') &&
  statSync(installed).mtimeMs >= statSync('package-lock.json').mtimeMs;

if (!fresh) {
  process.stdout.write('Installing npm packages (first run)…\n');
  const result = spawnSync('npm', ['install', '--no-fund', '--no-audit'], { stdio: 'inherit' });
  if (result.status !== 0) process.exit(result.status ?? 1);
}

// The tests need a few Debian packages: Chromium for the browser tests (Playwright drives
// Debian's build) and openssl and jq, with which they run the proof-checking recipes that the
// residents' help page gives. Install the missing ones when this user may.
if (process.argv.includes('--browser')) {
  const needed = [
    {
      path: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      packages: ['chromium', 'fonts-dejavu-core'],
    },
    { path: '/usr/bin/openssl', packages: ['openssl'] },
    { path: '/usr/bin/jq', packages: ['jq'] },
  ];
  const missing = needed.filter((n) => !existsSync(n.path)).flatMap((n) => n.packages);
  if (missing.length > 0) {
    const canApt = process.getuid?.() === 0 && existsSync('/usr/bin/apt-get');
    if (!canApt) {
      process.stderr.write(
        `The tests need these Debian packages: apt-get install ${missing.join(' ')}\n`,
      );
      process.exit(1);
    }
    process.stdout.write(`Installing ${missing.join(', ')} for the tests (first run)…\n`);
    const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
    for (const args of [
      ['update', '-qq'],
      ['install', '-y', '-qq', '--no-install-recommends', ...missing],
    ]) {
      const result = spawnSync('apt-get', args, { stdio: 'inherit', env });
      if (result.status !== 0) process.exit(result.status ?? 1);
    }
  }
}
