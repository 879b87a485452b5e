// The tests need two system tools that npm cannot provide: Debian's Chromium (end-to-end tests;
// no test tool may download a browser of its own) and a Java runtime (the Nu HTML checker).
// If one is missing: install it when we are root with apt (as on CI), else stop and name the command.
import { existsSync } from 'node:fs';
import { spawnSync } from 'node:child_process';

const chromePath = process.env.CHROME_PATH ?? '/usr/bin/chromium';
const has = (command) => spawnSync('sh', ['-c', `command -v ${command}`], { stdio: 'ignore' }).status === 0;

const missing = [];
if (!existsSync(chromePath)) missing.push({ name: `Chromium (${chromePath})`, pkg: 'chromium' });
if (!has('java')) missing.push({ name: 'Java (for the HTML validator)', pkg: 'default-jre-headless' });
if (missing.length === 0) process.exit(0);

const packages = missing.map((tool) => tool.pkg).join(' ');
const installCommand = `apt-get update && apt-get install -y ${packages}`;
const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;

if (!isRoot || !has('apt-get')) {
  console.error(
    `The tests need ${missing.map((tool) => tool.name).join(' and ')}, which ${missing.length > 1 ? 'are' : 'is'} not installed.\n` +
      `Install with:  sudo sh -c '${installCommand}'\n` +
      '(or set CHROME_PATH to an installed Chromium or Chrome).',
  );
  process.exit(1);
}

console.log(`Installing ${missing.map((tool) => tool.name).join(' and ')} from Debian's packages…`);
const result = spawnSync('sh', ['-c', installCommand], {
  stdio: 'inherit',
  env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
});
if (result.status !== 0 || !existsSync(chromePath) || !has('java')) {
  console.error(`Installing failed. Run this yourself and retry:  ${installCommand}`);
  process.exit(1);
}
