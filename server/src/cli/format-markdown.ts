// `check --format markdown`: a report for a pull-request comment or a job summary
// ($GITHUB_STEP_SUMMARY). The report itself is the core's, shared with the editor.

import { markdownReport } from '../core/report-markdown';
import type { Analysis } from './analyze';
import { displayPath } from './io';

export function formatMarkdown(a: Analysis, cwd: string): string {
  return markdownReport(a.scan, a.check, a.configs, { label: (f) => displayPath(cwd, f), link: () => null });
}
