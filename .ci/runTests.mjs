// `npm test`: every suite, in order — typecheck, lint, format, unit tests (Vitest), build, end-to-end
// tests (Playwright in Chromium against the browser host) — each run even if an earlier one
// failed, then one closing line that counts them all: `N passed, N failed, N skipped`.
// Typecheck, lint, format and build count as one check each; the test suites count their tests.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync } from 'node:fs';

const unitReport = 'test-results/unit.json';
const e2eReport = 'test-results/e2e.json';
rmSync(unitReport, { force: true });
rmSync(e2eReport, { force: true });

const totals = { passed: 0, failed: 0, skipped: 0 };
const lines = [];

function run(label, command, args) {
  console.log(`\n━━ ${label}: ${[command, ...args].join(' ')}`);
  const result = spawnSync(command, args, { stdio: 'inherit', env: process.env });
  return result.status === 0;
}

function check(label, command, args) {
  const isOk = run(label, command, args);
  totals[isOk ? 'passed' : 'failed'] += 1;
  lines.push(`${label}: ${isOk ? 'passed' : 'FAILED'}`);
  return isOk;
}

function readJson(path) {
  try {
    return JSON.parse(readFileSync(path, 'utf8'));
  } catch {
    return undefined;
  }
}

check('typecheck', 'npx', ['tsc', '-p', 'tsconfig.json', '--noEmit']);
check('lint', 'npx', ['eslint', '--max-warnings', '0', '.']);
check('format', 'npx', ['prettier', '--check', '.']);

const isUnitOk = run('unit tests', 'npx', ['vitest', 'run']);
const unit = readJson(unitReport);
if (unit) {
  totals.passed += unit.numPassedTests;
  totals.failed += unit.numFailedTests + (isUnitOk || unit.numFailedTests > 0 ? 0 : 1);
  totals.skipped += unit.numPendingTests + unit.numTodoTests;
  lines.push(
    `unit tests: ${unit.numPassedTests} passed, ${unit.numFailedTests} failed, ${unit.numPendingTests + unit.numTodoTests} skipped`,
  );
} else {
  totals.failed += 1;
  lines.push('unit tests: FAILED before reporting');
}

const isBuilt = check('build', 'npx', ['electron-vite', 'build']);
if (isBuilt) {
  const isE2eOk = run('end-to-end tests', 'npx', ['playwright', 'test']);
  const e2e = readJson(e2eReport);
  if (e2e) {
    const { expected, unexpected, flaky, skipped } = e2e.stats;
    totals.passed += expected;
    totals.failed += unexpected + flaky + (isE2eOk || unexpected > 0 ? 0 : 1);
    totals.skipped += skipped;
    lines.push(`end-to-end tests: ${expected} passed, ${unexpected + flaky} failed, ${skipped} skipped`);
    for (const reason of skippedReasons(e2e)) lines.push(`  skipped: ${reason}`);
  } else {
    totals.failed += 1;
    lines.push('end-to-end tests: FAILED before reporting');
  }
} else {
  totals.failed += 1;
  lines.push('end-to-end tests: not run (the build failed)');
}

function skippedReasons(report) {
  const reasons = [];
  const visit = (suite) => {
    for (const spec of suite.specs ?? []) {
      for (const test of spec.tests ?? []) {
        if (test.status !== 'skipped') continue;
        const note = test.annotations?.find((annotation) => annotation.type === 'skip')?.description;
        reasons.push(`${spec.title} — ${note ?? 'no reason given'}`);
      }
    }
    for (const child of suite.suites ?? []) visit(child);
  };
  for (const suite of report.suites ?? []) visit(suite);
  return reasons;
}

console.log('\n━━ summary');
for (const line of lines) console.log(line);
if (!existsSync('/usr/bin/chromium') && !process.env.CHROMIUM_PATH)
  console.log('(no system Chromium: see the end-to-end output above for how to install one)');
console.log(`${totals.passed} passed, ${totals.failed} failed, ${totals.skipped} skipped`);
process.exit(totals.failed === 0 ? 0 : 1);
