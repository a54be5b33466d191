// `npm run test:ci [-- --outputFile=<path>] [vitest args…]`: runs the Vitest suite once with a JSON
// report (default test-results/vitest.json), then prints one `portal: N passed, N failed, N skipped`
// line. Exits non-zero when a test failed, the run crashed or no test ran.
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync } from 'node:fs';
import { dirname, resolve } from 'node:path';

const args = process.argv.slice(2);
const outputArg = args.find((arg) => /^--outputFile(\.json)?=/.test(arg));
const report = resolve(outputArg ? outputArg.slice(outputArg.indexOf('=') + 1) : 'test-results/vitest.json');
const passThrough = args.filter((arg) => arg !== outputArg);

// A crashed run must not be summarized from an older report.
rmSync(report, { force: true });
mkdirSync(dirname(report), { recursive: true });

const vitest = resolve(import.meta.dirname, '../node_modules/vitest/vitest.mjs');
const run = spawnSync(
  process.execPath,
  [vitest, 'run', '--reporter=default', '--reporter=json', `--outputFile.json=${report}`, ...passThrough],
  { stdio: 'inherit' },
);

let result;
try {
  result = JSON.parse(readFileSync(report, 'utf8'));
} catch (error) {
  console.error(`portal: no test report at ${report} (${error.message}); vitest exited ${run.status}`);
  console.log('portal: 0 passed, 1 failed');
  process.exit(1);
}

const passed = result.numPassedTests ?? 0;
const failed = (result.numFailedTests ?? 0) + (result.numRuntimeErrorTestSuites ?? 0);
const skipped = (result.numPendingTests ?? 0) + (result.numTodoTests ?? 0);
console.log(`portal: ${passed} passed, ${failed} failed, ${skipped} skipped`);
process.exit(failed > 0 || passed === 0 || run.status !== 0 ? 1 : 0);
