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

// The browser tests drive Debian's Chromium. Install it when missing and this user may.
if (
  process.argv.includes('--browser') &&
  !existsSync(process.env.CHROMIUM_PATH ?? '/usr/bin/chromium')
) {
  const canApt = process.getuid?.() === 0 && existsSync('/usr/bin/apt-get');
  if (!canApt) {
    process.stderr.write(
      'The browser tests need Chromium at /usr/bin/chromium (or CHROMIUM_PATH): apt-get install chromium\n',
    );
    process.exit(1);
  }
  process.stdout.write('Installing Chromium for the browser tests (first run)…\n');
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  for (const args of [
    ['update', '-qq'],
    ['install', '-y', '-qq', '--no-install-recommends', 'chromium', 'fonts-dejavu-core'],
  ]) {
    const result = spawnSync('apt-get', args, { stdio: 'inherit', env });
    if (result.status !== 0) process.exit(result.status ?? 1);
  }
}
