// Deterministic synthetic monorepos for the benchmark (`npm run bench`) and the multi-threaded
// scan test. A tree of N source files (~8 KB on average): 60% TS/JS, 20% Python, 10% PHP,
// 10% Ruby, about 2% of them calling Klaviyo through the shapes the detectors know (SDK
// instances exported by one module and used by another that never says "klaviyo", instances
// passed to classes and functions in other modules, request helpers called from other files,
// raw HTTP), plus noise scans must leave alone: node_modules/, dist/, minified bundles (named
// *.min.js, or only minified in content) and lockfiles. The same seed and size give the same
// bytes on every machine, so numbers compare across commits.
//
// Run alone: `npx tsx scripts/bench/generate.ts <dir> <files>`.

import fs from 'node:fs';
import path from 'node:path';

/** Bump when the output changes, so trees written by an older generator are rebuilt. */
export const GENERATOR_VERSION = '5';

export interface TreeInfo {
  root: string;
  /** Source files the scanner considers (TS/JS/Py/PHP/Rb outside excluded folders). */
  sourceFiles: number;
  sourceBytes: number;
  /** Every file written, noise included. */
  totalFiles: number;
  totalBytes: number;
  /** Source files that call Klaviyo (their calls are expected in the scan). */
  klaviyoFiles: string[];
  /** The 5,000-line TypeScript file the language-server latency is measured on (relative). */
  bigFile: string;
  byLanguage: Record<string, number>;
}
import { bigTsFile, csKlaviyo, goKlaviyo, javaKlaviyo, phpKlaviyo, pyKlaviyo, rbKlaviyo, tsKlaviyo, type Emitted } from './klaviyo-code';
import { lockfile, minified, sdkLike } from './noise';
import { csPlain, goPlain, javaPlain, phpPlain, pyPlain, rbPlain, tsPlain } from './plain-code';
import { int, pick, rng } from './random';

const LANG_BY_EXT: Record<string, string> = { '.py': 'python', '.php': 'php', '.rb': 'ruby', '.js': 'javascript', '.ts': 'typescript', '.go': 'go', '.java': 'java', '.cs': 'csharp' };

// ------------------------------------------------------------------------------- the tree

const KLAVIYO_SHARE = 0.02;
const PER_PACKAGE = 50;

/**
 * Writes the tree for `files` source files under `root` (replacing what is there) unless a tree
 * of this generator version, size and seed is already there.
 */
export function generateTree(root: string, files: number, seed = 20240611): TreeInfo {
  const marker = path.join(root, '.bench-tree.json');
  const stamp = `${GENERATOR_VERSION}:${files}:${seed}`;
  try {
    const old = JSON.parse(fs.readFileSync(marker, 'utf8')) as { stamp: string; info: TreeInfo };
    if (old.stamp === stamp) return { ...old.info, root };
  } catch {
    // No tree yet, or an unreadable marker: write it anew.
  }
  fs.rmSync(root, { recursive: true, force: true });
  const r = rng(seed ^ files);
  const info: TreeInfo = { root, sourceFiles: 0, sourceBytes: 0, totalFiles: 0, totalBytes: 0, klaviyoFiles: [], bigFile: '', byLanguage: {} };
  const madeDirs = new Set<string>();
  const write = (rel: string, text: string, source: boolean, lang?: string): void => {
    const abs = path.join(root, rel);
    const dir = path.dirname(abs);
    if (!madeDirs.has(dir)) {
      fs.mkdirSync(dir, { recursive: true });
      madeDirs.add(dir);
    }
    fs.writeFileSync(abs, text);
    const bytes = Buffer.byteLength(text);
    info.totalFiles++;
    info.totalBytes += bytes;
    if (source) {
      info.sourceFiles++;
      info.sourceBytes += bytes;
      if (lang) info.byLanguage[lang] = (info.byLanguage[lang] ?? 0) + 1;
    }
  };

  write('package.json', JSON.stringify({ name: 'bench-monorepo', private: true, workspaces: ['packages/*'], dependencies: { 'klaviyo-api': '^23.0.0' } }, null, 2) + '\n', false);
  write('package-lock.json', lockfile(r, 400), false);
  write('klaviyo.keys.json', JSON.stringify({ keys: [{ name: 'app', scopes: [
    'profiles:read', 'profiles:write', 'lists:read', 'lists:write', 'events:read', 'events:write', 'campaigns:read', 'metrics:read',
    'segments:read', 'catalogs:write', 'accounts:read', 'tags:read',
  ] }] }, null, 2) + '\n', false);
  // As in most repositories; ripgrep honours it (klaviyo-scopes skips these folders anyway).
  write('.gitignore', 'node_modules/\ndist/\n', false);
  // The language server's latency file: a source file like any other (it calls Klaviyo).
  info.bigFile = 'packages/pkg0000/src/handlers-big.ts';
  write(info.bigFile, bigTsFile(5000), true, 'typescript');
  info.klaviyoFiles.push(info.bigFile);

  let remaining = files - 1;
  for (let p = 0; remaining > 0; p++) {
    const pkg = `packages/pkg${String(p).padStart(4, '0')}`;
    const count = Math.min(PER_PACKAGE, remaining);
    // Earlier modules of each language in this package, for relative imports.
    const tsMods: string[] = [];
    const pyMods: string[] = [];
    let written = 0;
    if (p % 10 === 1 && count > 1) {
      // Minified by content only, under a source name: listed, then skipped as minified.
      write(`${pkg}/src/chunk-${p}.js`, minified(r, 10), true, 'javascript');
      written++;
    }
    let pending: Emitted['files'] = [];
    for (let i = 0; written < count; i++) {
      // A Klaviyo group spans a few files; its files take the next slots.
      if (pending.length > 0) {
        const f = pending.shift()!;
        const lang = LANG_BY_EXT[path.extname(f.rel)] ?? 'typescript';
        write(`${pkg}/${f.rel}`, f.text, true, lang);
        if (f.calls) info.klaviyoFiles.push(`${pkg}/${f.rel}`);
        written++;
        continue;
      }
      const x = r();
      const lang = x < 0.38 ? 'typescript' : x < 0.54 ? 'javascript' : x < 0.72 ? 'python' : x < 0.82 ? 'php' : x < 0.88 ? 'ruby' : x < 0.93 ? 'go' : x < 0.97 ? 'java' : 'csharp';
      // Groups average ~1.6 files, ~1.3 of them calling: this rate gives ~2% calling files.
      if (r() < KLAVIYO_SHARE / 1.3) {
        const base = `k${p}x${i}`;
        if (lang === 'typescript' || lang === 'javascript') pending = tsKlaviyo(r, 'src', base, int(r, 0, 3), lang === 'javascript').files;
        else if (lang === 'python') pending = pyKlaviyo(r, 'py', base, int(r, 0, 1)).files;
        else if (lang === 'php') pending = phpKlaviyo(r, 'php', base).files;
        else if (lang === 'go') pending = goKlaviyo(r, 'go', base).files;
        else if (lang === 'java') pending = javaKlaviyo(r, 'java', base).files;
        else if (lang === 'csharp') pending = csKlaviyo(r, 'cs', base).files;
        else pending = rbKlaviyo(r, 'rb', base).files;
        pending = pending.slice(0, count - written);
        continue;
      }
      if (lang === 'typescript' || lang === 'javascript') {
        const id = `mod${i}`;
        const imports = tsMods.length > 0 && r() < 0.4 ? [pick(r, tsMods)] : [];
        if (r() < 0.15 && tsMods.length > 1) imports.push(pick(r, tsMods));
        write(`${pkg}/src/${id}.${lang === 'javascript' ? 'js' : 'ts'}`, tsPlain(r, id, [...new Set(imports)], lang === 'javascript'), true, lang);
        tsMods.push(`${id}|${id}Version`);
      } else if (lang === 'python') {
        const id = `mod_${i}`;
        const imports = pyMods.length > 0 && r() < 0.4 ? [pick(r, pyMods)] : [];
        write(`${pkg}/py/${id}.py`, pyPlain(r, id, imports), true, lang);
        pyMods.push(`${id}|VERSION_${id.toUpperCase()}`);
      } else if (lang === 'php') {
        write(`${pkg}/php/Mod${i}.php`, phpPlain(r, `mod${i}`), true, lang);
      } else if (lang === 'go') {
        write(`${pkg}/go/mod${i}/mod${i}.go`, goPlain(r, `mod${i}`), true, lang);
      } else if (lang === 'java') {
        write(`${pkg}/java/Mod${i}.java`, javaPlain(r, `mod${i}`), true, lang);
      } else if (lang === 'csharp') {
        write(`${pkg}/cs/Mod${i}.cs`, csPlain(r, `mod${i}`), true, lang);
      } else {
        write(`${pkg}/rb/mod_${i}.rb`, rbPlain(r, `mod${i}`), true, lang);
      }
      written++;
    }
    remaining -= written;

    // Noise, excluded by default: dependencies, build output, minified bundles, lockfiles.
    if (p % 4 === 0) {
      write(`${pkg}/package.json`, JSON.stringify({ name: `@bench/pkg${p}`, version: '1.0.0', dependencies: { 'klaviyo-api': '^23.0.0' } }, null, 2) + '\n', false);
      write(`${pkg}/yarn.lock`, `# yarn lockfile v1\n\nklaviyo-api@^23.0.0:\n  version "23.0.0"\n  resolved "https://registry.yarnpkg.com/klaviyo-api/-/klaviyo-api-23.0.0.tgz"\n` + '\n'.repeat(1) + lockfile(r, 20).replace(/[{}"]/g, ''), false);
      write(`${pkg}/node_modules/klaviyo-api/dist/index.js`, sdkLike(r, 24), false);
      write(`${pkg}/node_modules/left-pad-lite/index.js`, tsPlain(r, 'leftPadLite', [], true), false);
    }
    if (p % 3 === 0) write(`${pkg}/dist/index.js`, minified(r, 16), false);
    if (p % 5 === 0) write(`${pkg}/src/vendor.min.js`, minified(r, 12), false);
  }
  fs.writeFileSync(marker, JSON.stringify({ stamp, info }, null, 1));
  return info;
}

if (require.main === module) {
  const [dir, n] = process.argv.slice(2);
  if (!dir || !n) {
    console.error('usage: tsx scripts/bench/generate.ts <dir> <files>');
    process.exit(2);
  }
  const t0 = Date.now();
  const info = generateTree(path.resolve(dir), Number(n));
  console.log(`${info.sourceFiles} source files (${(info.sourceBytes / 1e6).toFixed(1)} MB), ${info.totalFiles} files in all, ${info.klaviyoFiles.length} calling Klaviyo; ${Date.now() - t0} ms`);
}
