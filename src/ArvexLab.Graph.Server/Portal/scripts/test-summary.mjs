// Prints Vitest's JSON report as one `portal: N passed, N failed, N skipped` line (the form CI
// counts) and fails when a test failed or none ran.
import { readFileSync, rmSync } from 'node:fs';

const file = process.argv[2] === '--clean' ? null : (process.argv[2] ?? 'test-results/vitest.json');
if (!file) {
  // Run before the tests, so a crashed run cannot be summarized from an old report.
  rmSync('test-results', { recursive: true, force: true });
  process.exit(0);
}
let report;
try {
  report = JSON.parse(readFileSync(file, 'utf8'));
} catch (error) {
  console.error(`portal: no test report at ${file} (${error.message})`);
  console.log('portal: 0 passed, 1 failed');
  process.exit(1);
}

const passed = report.numPassedTests ?? 0;
const failed = (report.numFailedTests ?? 0) + (report.numRuntimeErrorTestSuites ?? 0);
const skipped = (report.numPendingTests ?? 0) + (report.numTodoTests ?? 0);
console.log(`portal: ${passed} passed, ${failed} failed, ${skipped} skipped`);
process.exit(failed > 0 || passed === 0 || report.success === false ? 1 : 0);
