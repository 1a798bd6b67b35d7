// Entry of a scan worker thread (bundled as dist/scan-worker.js; see scan-pool.ts). It answers
// the main thread's tasks for one scan: prefilter facts of files, and analyses of components.
import { parentPort, workerData } from 'node:worker_threads';
import { useBundledGrammars } from '../../host/bundle-paths';
import { readRegularFile, regularFileSize } from '../../host/read-regular';
import { treeLanguageOf } from '../languages';
import { parserFor } from '../tree-sitter/loader';
import { FileAnalyzer } from './file-analyzer';
import { HeapBudget } from './heap-budget';
import type { AnalyzeReply, PrefilterReply, Task, WorkerSetup } from './scan-pool';
import { factsOf, factsOfSize } from './scan-plan';

useBundledGrammars();
const setup = workerData as WorkerSetup;
const overlays = new Map(setup.overlays);

function sizeOnDisk(file: string): number {
  return regularFileSize(file) ?? 0;
}

function readDisk(file: string): string | undefined {
  return readRegularFile(file);
}

/** Texts the analyses read (imports are read again and again); the prefilter reads without keeping. */
const texts = new Map<string, string | undefined>();
const host = {
  read(file: string): string | undefined {
    if (overlays.has(file)) return overlays.get(file);
    if (texts.has(file)) return texts.get(file);
    const t = readDisk(file);
    texts.set(file, t);
    return t;
  },
};
const analyzer = new FileAnalyzer(setup.root, host);
analyzer.setSources(setup.sources);
const budget = setup.heapBudgetMb ? new HeapBudget(setup.heapBudgetMb) : null;

async function handle(task: Task): Promise<PrefilterReply | AnalyzeReply> {
  if (task.kind === 'prefilter') {
    const facts = task.files.map((f) => {
      const big = overlays.has(f) ? null : factsOfSize(sizeOnDisk(f), setup.maxFileBytes);
      if (big) return big;
      const text = overlays.get(f) ?? readDisk(f);
      return text === undefined ? null : factsOf(text, setup.maxFileBytes, f);
    });
    budget?.check();
    return { facts };
  }
  const grammars = new Set(task.files.map((f) => treeLanguageOf(f)?.grammar).filter((g) => g !== undefined));
  await Promise.all([...grammars].map((g) => parserFor(g)));
  // From here on synchronous: tasks never interleave.
  const before = analyzer.treesParsed;
  const outcomes: AnalyzeReply['outcomes'] = [];
  analyzer.analyzeComponent(task.files, (file, o) => {
    outcomes.push({ file, ...o });
    budget?.check();
  });
  const parsedTs = [...analyzer.project.parsed];
  analyzer.project.parsed.clear();
  // Texts of this component's files are not needed again; imported ones may be, up to a bound.
  for (const f of task.files) texts.delete(f);
  if (texts.size > 500) texts.clear();
  return { outcomes, parsedTs, treesParsed: analyzer.treesParsed - before };
}

parentPort?.on('message', (m: { id: number; task: Task }) => {
  handle(m.task).then(
    (result) => parentPort?.postMessage({ id: m.id, result }),
    (e: unknown) => parentPort?.postMessage({ id: m.id, error: e instanceof Error ? (e.stack ?? e.message) : String(e) }),
  );
});
parentPort?.postMessage({ ready: true });
