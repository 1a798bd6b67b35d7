import path from 'node:path';
import type { SourceIndex, TreeAnalysisInput, TreeLanguage } from '../engine/tree-languages';
import { readSettings } from '../ir/settings';
import { analyzeModules } from '../ir/analyze';
import { filesOfType, lowerPeer, typeNamesUsed, typePeers } from '../ir/type-peers';
import { CSHARP_LIBRARIES } from './libraries';
import { lowerCSharp } from './lower';
import { firstBranchOnly } from './preprocess';

// C#: types reach each other by name across a project (namespaces are not folders); test
// projects (`*.Tests/`) are not calls.

/** ASP.NET Core reads `appsettings.json` beside the host project (where Program.cs sits). */
const DOTNET_SETTINGS = { names: ['appsettings.json'], under: [] };

/**
 * Folders of the solution's host projects (Program.cs, Startup.cs), nearest to the file first: a
 * class library's settings live in the web project that runs it.
 */
function hostFolders(input: TreeAnalysisInput): string[] {
  const hosts = [...(input.sources?.named('Program.cs') ?? []), ...(input.sources?.named('Startup.cs') ?? [])].filter((f) => !isTest(f));
  const shared = (f: string) => commonPrefix(f, input.file);
  return [...new Set(hosts.sort((a, b) => shared(b) - shared(a)).slice(0, 4).map((f) => path.dirname(f)))];
}

function commonPrefix(a: string, b: string): number {
  let i = 0;
  while (i < a.length && a[i] === b[i]) i++;
  return i;
}

const REGISTERS = /\.(?:AddHttpClient|AddRefitClient)\s*[<(]/;
const MAX_REGISTRATION_FILES = 12;
const registrationMemo = new WeakMap<SourceIndex, string[]>();

/**
 * The files that register HttpClients for injection (`services.AddHttpClient<KlaviyoClient>(…)`):
 * nothing in the client's own file names them, so every .cs file is looked at once per scan.
 */
function registrationFiles(input: TreeAnalysisInput): string[] {
  const files = input.sources;
  if (!files) return [];
  let hit = registrationMemo.get(files);
  if (!hit) {
    hit = files.withExtension('.cs').filter((f) => !isTest(f) && REGISTERS.test(input.read(f) ?? '')).slice(0, MAX_REGISTRATION_FILES);
    registrationMemo.set(files, hit);
  }
  return hit;
}

const isTest = (f: string) => /[\\/][\w.]*\.Tests?[\\/]/.test(f);

export const csharpLanguage: TreeLanguage = {
  language: 'csharp',
  grammar: 'c-sharp',
  extensions: ['.cs'],
  reachesByName: true,
  parseText: firstBranchOnly,
  sdkRevision: () => null,
  importSpecs: typeNamesUsed,
  resolveImport: (_from, spec, files) => filesOfType(spec, '.cs', files),
  analyze(input) {
    if (isTest(input.file)) return { calls: [], deferred: [], usedHelpers: new Set(), imports: [] };
    const own = lowerCSharp(input.file, input.tree.rootNode);
    const settings = readSettings(input.file, input.root, DOTNET_SETTINGS, input.read, hostFolders(input));
    const peers = typePeers(input, '.cs', (f) => lowerPeer(f, input, lowerCSharp), registrationFiles(input));
    return analyzeModules(own, peers, CSHARP_LIBRARIES, settings);
  },
};
