import type { FullResult, Reporter, TestCase, TestResult } from '@playwright/test/reporter';

// CI keeps only the tail of what a run prints, and the list reporter puts each failure's
// message far above its summary. This reporter repeats, as the very last lines, the few
// lines that say why each test failed: the assertion, what was expected and received,
// and the spec line.

const MAX_LINES = 14;
const ESC = String.fromCharCode(27);
const stripAnsi = (text: string): string => text.split(ESC).map((part, i) => (i === 0 ? part : part.replace(/^\[[0-9;]*m/, ''))).join('');

export default class FailureDigest implements Reporter {
  private readonly failures: { title: string; lines: string[] }[] = [];

  onTestEnd(test: TestCase, result: TestResult): void {
    if (result.status === 'passed' || result.status === 'skipped' || result.status === test.expectedStatus) return;
    const lines: string[] = [];
    for (const error of result.errors) {
      const message = stripAnsi(error.message ?? String(error.value ?? '')).split('\n').filter((l) => l.trim() !== '');
      lines.push(...message.slice(0, MAX_LINES));
      if (error.location) lines.push(`at ${error.location.file}:${error.location.line}:${error.location.column}`);
    }
    this.failures.push({ title: `${test.titlePath().slice(1).join(' › ')} (${result.status}, ${(result.duration / 1000).toFixed(1)} s)`, lines });
  }

  onEnd(_result: FullResult): void {
    if (this.failures.length === 0) return;
    console.log('\n━━ why the e2e failed ━━');
    for (const f of this.failures) {
      console.log(`✘ ${f.title}`);
      for (const line of f.lines) console.log(`    ${line}`);
    }
  }
}
