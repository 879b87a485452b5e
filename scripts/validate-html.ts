/**
 * HTML validity gate: every page in dist/ through the Nu Html Checker (npm `vnu-jar`, runs on the
 * machine's Java) in one invocation, errors only. Prints one line per error — file, line, message —
 * and exits 1 if there is any.
 *
 *   npm run validate-html          (TUMEN_DIST=/some/copy npm run validate-html checks another build)
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { createRequire } from 'node:module';
import { DIST_DIR, listDistPages } from './dist-pages.ts';

/** vnu-jar's main export is the path of vnu.jar (CommonJS, no type declarations). */
const vnuJarPath = createRequire(import.meta.url)('vnu-jar') as string;

export type VnuMessage = {
  type: string;
  subType?: string;
  url?: string;
  lastLine?: number;
  firstColumn?: number;
  message: string;
  extract?: string;
};
export type HtmlProblem = { file: string; line: number; column: number; message: string; extract: string };

/**
 * Messages the checker reports as errors that are not errors for this site. Each entry says why.
 * Keep this short: a real error is fixed in the page, not listed here.
 */
export const IGNORED_MESSAGES: { pattern: RegExp; why: string }[] = [];

/** Parses vnu's --format json output into one problem per error, paths relative to distDir. */
export function problemsFromVnuReport(reportJson: string, distDir: string): HtmlProblem[] {
  const report = JSON.parse(reportJson) as { messages?: VnuMessage[] };
  return (report.messages ?? [])
    .filter((message) => message.type === 'error' || message.type === 'non-document-error')
    .filter((message) => !IGNORED_MESSAGES.some((ignored) => ignored.pattern.test(message.message)))
    .map((message) => ({
      file: message.url?.startsWith('file:')
        ? path.relative(distDir, fileURLToPath(message.url))
        : (message.url ?? '?'),
      line: message.lastLine ?? 0,
      column: message.firstColumn ?? 0,
      message: message.message,
      // Built pages are minified onto few lines: the markup around the error locates it.
      extract: (message.extract ?? '').replace(/\s+/g, ' ').trim().slice(0, 120),
    }));
}

export function formatHtmlProblems(problems: HtmlProblem[]): string[] {
  return problems.map(
    (problem) =>
      `dist/${problem.file}:${problem.line}:${problem.column}: ${problem.message}${problem.extract ? `  [${problem.extract}]` : ''}`,
  );
}

/** Java is a system package, not an npm one: say exactly what to install when it is missing. */
export function javaVersion(): string | undefined {
  const result = spawnSync('java', ['-version'], { encoding: 'utf8' });
  if (result.error || result.status !== 0) return undefined;
  return (result.stderr || result.stdout).split('\n')[0];
}

export function validateDistHtml(distDir: string): { problems: HtmlProblem[]; pageCount: number } {
  if (!existsSync(distDir)) throw new Error(`${distDir} does not exist: run \`npm run build\` first`);
  const files = listDistPages(distDir).map((page) => path.join(distDir, page.file));
  const result = spawnSync(
    'java',
    ['-Xss4m', '-jar', vnuJarPath, '--errors-only', '--format', 'json', '--stdout', '--exit-zero-always', ...files],
    {
      encoding: 'utf8',
      maxBuffer: 64 * 1024 * 1024,
    },
  );
  if (result.error || result.status !== 0) {
    throw new Error(`vnu failed (exit ${result.status}): ${result.error?.message ?? result.stderr}`);
  }
  return { problems: problemsFromVnuReport(result.stdout, distDir), pageCount: files.length };
}

function main(): void {
  const java = javaVersion();
  if (!java) {
    console.error(
      'validate-html: Java was not found. The HTML validator (vnu-jar) needs a Java runtime (11 or newer):\n' +
        '  apt-get install -y default-jre-headless',
    );
    process.exit(2);
  }
  const started = Date.now();
  const { problems, pageCount } = validateDistHtml(DIST_DIR);
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  if (problems.length > 0) {
    console.error(`validate-html: ${problems.length} error(s) in ${pageCount} pages (${seconds} s, ${java}):`);
    for (const line of formatHtmlProblems(problems)) console.error(`  ${line}`);
    process.exitCode = 1;
  } else console.log(`validate-html: ${pageCount} pages valid (${seconds} s)`);
}

if (import.meta.main) main();
