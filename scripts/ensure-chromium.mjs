// End-to-end tests drive Debian's Chromium; no test tool may download a browser of its own.
// If it is missing: install it when we are root with apt (as on CI), else stop with the one command to run.
import { existsSync } from 'node:fs';
import { spawnSync } from 'node:child_process';

const chromePath = process.env.CHROME_PATH ?? '/usr/bin/chromium';
if (existsSync(chromePath)) process.exit(0);

const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
const hasApt = spawnSync('sh', ['-c', 'command -v apt-get'], { stdio: 'ignore' }).status === 0;
const installCommand = 'apt-get update && apt-get install -y chromium';

if (!isRoot || !hasApt) {
  console.error(
    `Chromium was not found at ${chromePath}, and the tests need it.\n` +
      `Install it with:  sudo sh -c '${installCommand}'\n` +
      '(or set CHROME_PATH to an installed Chromium or Chrome).',
  );
  process.exit(1);
}

console.log(`Chromium not found at ${chromePath}; installing Debian's chromium package…`);
const result = spawnSync('sh', ['-c', installCommand], {
  stdio: 'inherit',
  env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
});
if (result.status !== 0 || !existsSync(chromePath)) {
  console.error(`Installing Chromium failed. Run this yourself and retry:  ${installCommand}`);
  process.exit(1);
}
