// `klaviyo-scopes generate [dir] [--write]`: the least-privilege klaviyo.keys.json for the code
// as it stands. Printed, the output is itself valid JSONC (the Klaviyo UI checklist is in
// comments), so it can be redirected into a file. With --write it is merged into the existing
// files: scopes and keys are only added, never removed, and a file with errors is left alone.

import { formatConfigText, generateConfigs, mergeIntoConfigText, type GeneratedConfig } from '../core/generate';
import { analyze, type Analysis } from './analyze';
import type { Command } from './args';
import { createFile, replaceFile, WriteConflict } from './atomic-write';
import { nothingFound } from '../core/nothing-found';
import { displayPath, folderLabel, plural, styleFor, type Io } from './io';
import { problemLines } from './text-common';

export async function runGenerate(cmd: Extract<Command, { command: 'generate' }>, io: Io): Promise<number> {
  const a = await analyze(cmd.dir, cmd.config, io);
  const generated = generateConfigs(a.scan, a.check, a.override ? { config: a.override } : {});
  const errors = problemLines(a.check, io.cwd, styleFor(false)).filter((l) => l.includes(': error: '));
  if (errors.length) io.err(errors.join('\n') + '\n');
  if (!cmd.write) {
    io.out(generated.map((g) => printed(g, a, io.cwd)).join('\n'));
    return errors.length ? 2 : 0;
  }
  if (errors.length) {
    io.err('klaviyo-scopes: not writing: fix the errors in klaviyo.keys.json above first.\n');
    return 2;
  }
  // Merge everything first, write after: a refusal must leave every file untouched.
  const plans = generated.map((g) => {
    if (!g.exists) return { g, original: null, text: formatConfigText(g.config), added: g.config.keys.map((k) => ({ key: k.name, scopes: k.scopes, created: true })) };
    const original = a.host.read(g.path) ?? '';
    const merged = mergeIntoConfigText(original, g.config);
    return { g, original, text: merged.text, added: merged.added, problems: merged.problems };
  });
  const refused = plans.find((p) => p.text === null);
  if (refused) {
    io.err(`klaviyo-scopes: not writing: ${displayPath(io.cwd, refused.g.path)} has errors.\n`);
    return 2;
  }
  for (const p of plans) {
    const file = displayPath(io.cwd, p.g.path);
    if (p.added.length === 0) {
      io.out(`${file}: up to date, nothing to add.\n`);
      continue;
    }
    try {
      if (p.original === null) createFile(p.g.path, p.text as string);
      else replaceFile(p.g.path, p.original, p.text as string);
    } catch (e) {
      // Disk full, no permission, a failed rename: the file is as it was (atomic-write.ts).
      const why = e instanceof WriteConflict ? e.message : `could not write ${file}, which is unchanged: ${e instanceof Error ? e.message : String(e)}`;
      io.err(`klaviyo-scopes: ${why}\n`);
      return 2;
    }
    io.out(`${file}: ${p.original === null ? 'created' : 'updated'}\n`);
    for (const add of p.added) {
      io.out(`  ${add.created ? 'added key' : 'key'} "${add.key}": ${add.created ? 'with' : 'added'} ${add.scopes.length ? add.scopes.join(', ') : 'no scopes'}\n`);
      // The file now says the key has these scopes; the real key does not until one is created.
      const link = p.g.checklist.find((c) => c.key === add.key)?.link;
      if (link && add.scopes.length) {
        io.out(`    ${add.created ? 'Create this key' : 'Klaviyo cannot add scopes to an existing key: create a new one'} in Klaviyo and swap it in: ${link.url}\n`);
      }
    }
  }
  const unneeded = a.check.keys.reduce((n, k) => n + k.excess.length, 0);
  if (unneeded) io.out(`Unneeded scopes were kept (${unneeded}); \`klaviyo-scopes check\` lists them.\n`);
  return 0;
}

function printed(g: GeneratedConfig, a: Analysis, cwd: string): string {
  const file = displayPath(cwd, g.path);
  const head = g.exists
    ? `// ${file}: least-privilege scopes for the code as it stands (\`generate --write\` only adds what is missing)`
    : `// ${file} (new): least-privilege scopes for the code as it stands`;
  const checklist = g.checklist.flatMap((c) => [
    `// Key "${c.key}": in Klaviyo, Settings > API keys > Create Private API Key, choose:`,
    ...(c.lines.length ? c.lines.map((l) => `//   ${l}`) : ['//   (no access: no call needs this key)']),
    ...(c.lines.length ? [`//   or open it pre-filled: ${c.link.url}`] : []),
    ...(c.link.betaOnly.length ? [`//   beta-only scopes (the page may not offer them to every account): ${c.link.betaOnly.join(', ')}`] : []),
  ]);
  const files = new Set(a.scan.calls.map((c) => c.file)).size;
  const scanned = a.scan.calls.length
    ? `// ${plural(a.scan.calls.length, 'Klaviyo call')} in ${plural(files, 'file')} (${plural(a.scan.filesScanned, 'source file')} scanned).`
    : `// ${nothingFound(a.scan, folderLabel(cwd, a.root))}`;
  return [head, scanned, formatConfigText(g.config).trimEnd(), ...checklist].join('\n') + '\n';
}
