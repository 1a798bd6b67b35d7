// `check --format markdown`: a report for a pull-request comment or a job summary
// ($GITHUB_STEP_SUMMARY). The report itself is the core's, shared with the editor. In GitHub
// Actions each call site links to its line at the commit being checked.

import path from 'node:path';
import { markdownReport } from '../core/report-markdown';
import type { Analysis } from './analyze';
import { repositoryRoot } from './format-github';
import { displayPath } from './io';
import { acceptedCounts, diagnosticsOf } from './diagnostics';

export function formatMarkdown(a: Analysis, cwd: string, env: NodeJS.ProcessEnv = process.env): string {
  const { GITHUB_SERVER_URL: server, GITHUB_REPOSITORY: repo, GITHUB_SHA: sha } = env;
  const root = server && repo && sha ? repositoryRoot(a.root, env) : null;
  const link = (file: string, line: number): string | null => {
    if (!root) return null;
    const rel = path.relative(root, file).split(path.sep).join('/');
    return rel.startsWith('..') ? null : `${server}/${repo}/blob/${sha}/${rel.split('/').map(encodeURIComponent).join('/')}#L${line}`;
  };
  const accepted = acceptedCounts(diagnosticsOf(a, cwd));
  return markdownReport(a.scan, a.check, a.configs, { label: (f) => displayPath(cwd, f), link, accepted });
}
