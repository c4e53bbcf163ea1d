// Ends every run with ONE plain line, `e2e: N passed, M failed` (N/M count tests over all projects),
// which CI and scripts/test-all.sh read. A test that never ran (a crashed worker, an interrupted run,
// --max-failures) counts as failed; a run that failed before or around its tests (no tests found,
// the web server did not start, global timeout) reports at least one failure.
import type { FullResult, Reporter, Suite } from '@playwright/test/reporter'

export default class SummaryReporter implements Reporter {
  private suite: Suite | undefined

  printsToStdio(): boolean {
    return true
  }

  onBegin(_config: unknown, suite: Suite): void {
    this.suite = suite
  }

  onEnd(result: FullResult): void {
    let passed = 0
    let failed = 0
    let skipped = 0
    for (const test of this.suite?.allTests() ?? []) {
      const outcome = test.outcome()
      if (test.expectedStatus === 'skipped') skipped += 1
      else if (outcome === 'expected' || outcome === 'flaky') passed += 1
      else failed += 1
    }
    if (result.status !== 'passed' && failed === 0) failed = 1
    if (skipped > 0) console.log(`e2e: ${skipped} skipped`)
    console.log(`e2e: ${passed} passed, ${failed} failed`)
  }
}
