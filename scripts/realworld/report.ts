// The printed table of `npm run realworld`: per repository, per language / kind / style, overall,
// then every miss and every extra, so a change to detection shows what it won and what it broke.

import { findingOperation, type Finding, type RepoScore, type Tally } from './match';
import type { Label } from './labels';

const ratio = (a: number, b: number): string => (b === 0 ? '  – ' : (a / b).toFixed(2).replace(/^0/, ''));

export function tallyRow(name: string, t: Tally): string {
  return `| ${name} | ${t.labels} | ${t.findings} | ${ratio(t.findingsRight, t.findings)} | ${ratio(t.labelsFound, t.labels)} | ${ratio(t.labelsFound, t.located)} | ${t.unresolved} |`;
}

export const TALLY_HEAD = '| group | labels | found | precision | recall | right op | unresolved |\n| --- | ---: | ---: | ---: | ---: | ---: | ---: |';

export interface RepoLine {
  repo: string;
  score: RepoScore;
  tally: Tally;
}

export function repoTable(lines: readonly RepoLine[]): string {
  const out = ['| repository | labels | found | precision | recall | right op | scopes exact |', '| --- | ---: | ---: | ---: | ---: | ---: | :---: |'];
  for (const { repo, score, tally } of lines) {
    out.push(`| ${repo} | ${tally.labels} | ${tally.findings} | ${ratio(tally.findingsRight, tally.findings)} | ${ratio(tally.labelsFound, tally.labels)} | ${ratio(tally.labelsFound, tally.located)} | ${score.exactScopes ? 'yes' : 'no'} |`);
  }
  return out.join('\n');
}

const where = (x: { file: string; line: number }) => `${x.file}:${x.line}`;
const labelText = (l: Label) => `${l.operation}${l.certainty === 'likely' ? ' (likely)' : ''}`;
const findingText = (f: Finding) => `${findingOperation(f)} [${f.kind}, ${f.confidence}]`;

export function details(lines: readonly RepoLine[]): string {
  const out: string[] = [];
  for (const { repo, score } of lines) {
    const rows: string[] = [];
    for (const l of score.misses) rows.push(`  miss   ${where(l)}  ${labelText(l)}${l.note ? `  -- ${l.note}` : ''}`);
    for (const p of score.wrongOperation) rows.push(`  wrong  ${where(p.label)}  labelled ${labelText(p.label)}, found ${findingText(p.finding)}`);
    for (const f of score.extras) rows.push(`  extra  ${where(f)}  ${findingText(f)}`);
    if (!score.exactScopes) {
      const missing = score.labelScopes.filter((s) => !score.foundScopes.includes(s));
      const excess = score.foundScopes.filter((s) => !score.labelScopes.includes(s));
      rows.push(`  scopes ${missing.length ? `missing ${missing.join(' ')}` : ''}${missing.length && excess.length ? '; ' : ''}${excess.length ? `excess ${excess.join(' ')}` : ''}`);
    }
    if (rows.length) out.push(`${repo}\n${rows.sort(byPlace).join('\n')}`);
  }
  return out.join('\n');
}

// Rows sorted by file and line, so a miss and the extra two lines below it stand together.
function byPlace(a: string, b: string): number {
  const pa = /^\s+\w+\s+(\S+):(\d+)/.exec(a);
  const pb = /^\s+\w+\s+(\S+):(\d+)/.exec(b);
  if (!pa || !pb) return pa ? -1 : pb ? 1 : 0;
  return pa[1]!.localeCompare(pb[1]!) || Number(pa[2]) - Number(pb[2]);
}
