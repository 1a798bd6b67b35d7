// Generates server/src/core/catalog/catalog.json from Klaviyo's OpenAPI specs.
//
//   npm run catalog [-- --spec stable.json --beta beta.json --revisions revisions.json --out catalog.json --check]
//
// The inputs default to ../shared/klaviyo-openapi/ beside the repository (where CI checks it out).
// --check writes nothing and exits 1 when the output would change, for CI.

import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, relative, resolve } from 'node:path';
import { buildCatalog, summarize } from './catalog/build';
import { serializeCatalog } from './catalog/format';

const REPO_ROOT = resolve(__dirname, '..');
const SHARED = resolve(REPO_ROOT, '../shared/klaviyo-openapi');

interface Args {
  spec: string;
  beta: string;
  revisions: string;
  out: string;
  check: boolean;
}

function parseArgs(argv: readonly string[]): Args {
  const args: Args = {
    spec: resolve(SHARED, 'stable.json'),
    beta: resolve(SHARED, 'beta.json'),
    revisions: resolve(SHARED, 'revisions.json'),
    out: resolve(REPO_ROOT, 'server/src/core/catalog/catalog.json'),
    check: false,
  };
  for (let i = 0; i < argv.length; i++) {
    const [flag, inline] = argv[i].split(/=(.*)/s, 2);
    if (flag === '--check') {
      args.check = true;
      continue;
    }
    const key = flag.replace(/^--/, '');
    if (!['spec', 'beta', 'revisions', 'out'].includes(key) || !flag.startsWith('--')) {
      throw new Error(`unknown argument ${argv[i]} (expected --spec, --beta, --revisions, --out, --check)`);
    }
    const value = inline ?? argv[++i];
    if (value === undefined || value === '') throw new Error(`${flag} needs a file name`);
    args[key as 'spec' | 'beta' | 'revisions' | 'out'] = resolve(process.cwd(), value);
  }
  return args;
}

function readJson(file: string, flag: string): unknown {
  if (!existsSync(file)) {
    throw new Error(`${file} not found. Check out klaviyo-openapi beside the repository (../shared/klaviyo-openapi) or pass ${flag} <file>.`);
  }
  try {
    return JSON.parse(readFileSync(file, 'utf8'));
  } catch (e) {
    throw new Error(`${file}: ${(e as Error).message}`);
  }
}

function main(): number {
  const args = parseArgs(process.argv.slice(2));
  const catalog = buildCatalog({
    stable: readJson(args.spec, '--spec'),
    beta: readJson(args.beta, '--beta'),
    revisions: readJson(args.revisions, '--revisions'),
  });
  const text = serializeCatalog(catalog);
  const shown = relative(process.cwd(), args.out) || args.out;
  const s = summarize(catalog);
  const line =
    `catalog ${catalog.revision} (beta ${catalog.betaRevision}): ${s.stable} stable + ${s.beta} beta operations, ` +
    `${s.scopes} scopes (${s.stablePrefixes} stable prefixes), ${s.stableAliases} stable + ${s.betaAliases} beta aliases, ` +
    `${s.formerIds} former ids, ${s.history} history records, ${s.includeValues} include values ` +
    `(${s.includeExceptions} exceptions), ${s.revisions} revisions ${catalog.revisions[0]}..${catalog.revisions[catalog.revisions.length - 1]}`;
  if (args.check) {
    const same = existsSync(args.out) && readFileSync(args.out, 'utf8') === text;
    console.log(`${line} -> ${shown} is ${same ? 'up to date' : 'OUT OF DATE (run npm run catalog)'}`);
    return same ? 0 : 1;
  }
  mkdirSync(dirname(args.out), { recursive: true });
  writeFileSync(args.out, text);
  console.log(`${line} -> ${shown}`);
  return 0;
}

try {
  process.exitCode = main();
} catch (e) {
  console.error(`generate-catalog: ${(e as Error).message}`);
  process.exitCode = 2;
}
