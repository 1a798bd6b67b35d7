import path from 'node:path';
import { z } from 'zod';
import { generateConfigs, mergeIntoConfigText, formatConfigText } from '../core/generate';
import { redactAll } from '../core/config/secrets';
import { markdownReport } from '../core/report-markdown';
import { createKeyArgs } from './create-key';
import type { FolderState } from './folders';
import { pathToUri } from './overlay-host';
import type { GenerateConfigResult, RescanResult, ShowReportResult, VerifyReportArgs, VerifyReportResult } from './protocol';
import { verifyMarkdown } from '../core/report-verify';
import { keyIdsOf, verifyKeys } from '../core/verify';

// Server-side commands. Arguments come from the client (or any LSP client) and are validated
// here; a bad argument is an error response, never a crash.

export const folderArgs = z.object({ folderUri: z.string().optional() }).strict().optional();

export function parseFolderArgs(args: unknown[] | undefined): { folderUri?: string } {
  const parsed = folderArgs.safeParse(args?.[0]);
  if (!parsed.success) throw new Error(`Invalid command arguments: ${parsed.error.issues.map((i) => i.message).join('; ')}`);
  return parsed.data ?? {};
}

export function generateConfigCommand(folder: FolderState, read: (file: string) => string | undefined): GenerateConfigResult {
  if (!folder.scan || !folder.check) throw new Error('The workspace has not been scanned yet.');
  const generated = generateConfigs(folder.scan, folder.check);
  const located = (file: string) => (p: { line: number; column: number; message: string }): string => `${path.basename(file)}:${p.line}:${p.column}: ${p.message}`;
  // A config that did not load gets no proposal (where to add scopes would be a guess): its
  // errors say why. The root config counts first; a nested one when no config loaded at all.
  const broken = folder.workspace.configFiles.find((c) => !c.result.config && path.dirname(c.path) === folder.root)
    ?? (generated.some((g) => g.exists) ? undefined : folder.workspace.configFiles.find((c) => !c.result.config));
  if (broken) {
    const problems = broken.result.problems.filter((p) => p.severity === 'error').map(located(broken.path));
    return { configUri: pathToUri(broken.path), currentText: read(broken.path) ?? null, proposedText: null, problems, checklist: [] };
  }
  // The folder's root config if there is one, else the first existing one, else a new file.
  const target = generated.find((g) => g.exists && path.dirname(g.path) === folder.root) ?? generated.find((g) => g.exists) ?? generated[0];
  const configPath = target?.path ?? path.join(folder.root, 'klaviyo.keys.json');
  const current = read(configPath) ?? null;
  const checklist = (target?.checklist ?? []).map((c) => ({ key: c.key, items: c.lines, createKey: createKeyArgs(c.key, c.link) }));
  if (!target) return { configUri: pathToUri(configPath), currentText: current, proposedText: null, problems: ['No Klaviyo call needs a scope.'], checklist };
  if (current === null) return { configUri: pathToUri(configPath), currentText: null, proposedText: formatConfigText(target.config), problems: [], checklist };
  const merged = mergeIntoConfigText(current, target.config);
  return {
    configUri: pathToUri(configPath),
    currentText: current,
    proposedText: merged.text,
    problems: merged.problems.map(located(configPath)),
    checklist,
  };
}

export function showReportCommand(folder: FolderState): ShowReportResult {
  if (!folder.scan || !folder.check) throw new Error('The workspace has not been scanned yet.');
  const label = (file: string): string => path.relative(folder.root, file).split(path.sep).join('/') || path.basename(file);
  // The report quotes calls as written: redacted, so no private key reaches the preview.
  // The report opens in a read-only preview whose renderer refuses file: links: plain paths.
  return { markdown: redactAll(markdownReport(folder.scan, folder.check, folder.workspace.configFiles, { label, link: () => null })) };
}

const verifyArgs = z.object({
  folderUri: z.string().optional(),
  keys: z.array(z.object({
    id: z.string().max(200), name: z.string().max(500), status: z.enum(['active', 'disabled']),
    scopes: z.array(z.string().max(100)).max(500), redacted: z.string().max(100).nullable(),
  }).strict()).max(10_000),
}).strict();

export function parseVerifyArgs(args: unknown[] | undefined): VerifyReportArgs {
  const parsed = verifyArgs.safeParse(args?.[0]);
  if (!parsed.success) throw new Error(`Invalid command arguments: ${parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`);
  return parsed.data;
}

export function verifyReportCommand(folder: FolderState, args: VerifyReportArgs): VerifyReportResult {
  if (!folder.scan || !folder.check) throw new Error('The workspace has not been scanned yet.');
  const result = verifyKeys(folder.check, args.keys, keyIdsOf(folder.workspace.configFiles));
  const label = (file: string): string => path.relative(folder.root, file).split(path.sep).join('/') || path.basename(file);
  return { markdown: redactAll(verifyMarkdown(result, label)), ok: result.ok };
}

export function rescanResult(folders: FolderState[]): RescanResult {
  return {
    files: folders.reduce((n, f) => n + (f.scan?.filesScanned ?? 0), 0),
    calls: folders.reduce((n, f) => n + (f.scan?.calls.length ?? 0), 0),
  };
}
