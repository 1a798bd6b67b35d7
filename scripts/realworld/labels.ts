// The label files of the real-world corpus (test/realworld/labels/*.json), validated with zod so
// a typo in a hand-written label is reported with its file and field rather than scored wrong.

import fs from 'node:fs';
import path from 'node:path';
import { z } from 'zod';

const labelSchema = z.object({
  file: z.string().min(1),
  line: z.number().int().min(1),
  operation: z.string().min(1),
  method: z.string().nullable().optional(),
  path: z.string().nullable().optional(),
  scopes: z.array(z.string()),
  certainty: z.enum(['certain', 'likely']),
  style: z.enum(['sdk', 'http']),
  note: z.string().optional(),
});

const repoSchema = z.object({
  repo: z.string().regex(/^[^/\s]+\/[^/\s]+$/, 'owner/name'),
  commit: z.string().regex(/^[0-9a-f]{40}$/, '40 hex digits'),
  languages: z.array(z.string()).optional(),
  summary: z.string().optional(),
  calls: z.array(labelSchema),
  negatives: z.array(z.object({ file: z.string(), note: z.string().optional() })).optional(),
});

export type Label = z.infer<typeof labelSchema>;
export type RepoLabels = z.infer<typeof repoSchema>;

/** The kind a label counts under in the table: today's operations, retired ones, /client/, other. */
export type LabelKind = 'current' | 'legacy' | 'client' | 'other';

export function kindOf(operation: string): LabelKind {
  if (operation.startsWith('legacy:')) return 'legacy';
  if (operation.startsWith('client:')) return 'client';
  if (operation.startsWith('oauth:') || operation.startsWith('unknown:')) return 'other';
  return 'current';
}

const LANGUAGE_BY_EXT: Record<string, string> = {
  '.ts': 'typescript', '.tsx': 'typescript', '.mts': 'typescript', '.cts': 'typescript',
  '.js': 'javascript', '.jsx': 'javascript', '.mjs': 'javascript', '.cjs': 'javascript',
  '.py': 'python', '.php': 'php', '.rb': 'ruby', '.rake': 'ruby', '.sh': 'shell', '.bash': 'shell',
  '.go': 'go', '.java': 'java', '.kt': 'kotlin', '.cs': 'csharp',
};

export function languageOf(file: string): string {
  return LANGUAGE_BY_EXT[path.extname(file).toLowerCase()] ?? 'other';
}

export interface LoadedLabels {
  repos: RepoLabels[];
  errors: string[];
}

/** Every label file under `dir`; a file that does not validate is named with its problem and left out. */
export function loadLabels(dir: string, reserved: ReadonlySet<string>): LoadedLabels {
  const repos: RepoLabels[] = [];
  const errors: string[] = [];
  for (const name of fs.readdirSync(dir).filter((n) => n.endsWith('.json')).sort()) {
    const file = path.join(dir, name);
    let json: unknown;
    try {
      json = JSON.parse(fs.readFileSync(file, 'utf8'));
    } catch (e) {
      errors.push(`${name}: not JSON (${(e as Error).message})`);
      continue;
    }
    const parsed = repoSchema.safeParse(json);
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      errors.push(`${name}: ${issue?.path.join('.') || '(root)'}: ${issue?.message ?? 'invalid'}`);
      continue;
    }
    if (reserved.has(parsed.data.repo.toLowerCase())) {
      errors.push(`${name}: ${parsed.data.repo} is reserved for independent evaluation; left out`);
      continue;
    }
    repos.push(parsed.data);
  }
  return { repos, errors };
}

/** The held-out list, lower-cased: repositories this corpus must never hold. */
export function readReserved(file: string): Set<string> {
  if (!fs.existsSync(file)) return new Set();
  return new Set(
    fs.readFileSync(file, 'utf8').split('\n').map((l) => l.trim().toLowerCase()).filter((l) => l && !l.startsWith('#')),
  );
}
