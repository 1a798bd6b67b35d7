import fs from 'node:fs';
import ts from 'typescript';
import { FsHost } from '/work/main/server/src/host/fs-host';
import { Workspace } from '/work/main/server/src/core/engine/workspace';
const ws = new Workspace('/work/main/.bench/tree-10000', new FsHost());
ws.scan();
const files = [...ws.project.parsed];
const texts = files.map((f) => fs.readFileSync(f, 'utf8'));
for (let round = 0; round < 4; round++) {
  const t0 = performance.now();
  for (let i = 0; i < files.length; i++) ts.createSourceFile(files[i], texts[i], ts.ScriptTarget.Latest, true);
  console.log('round', round, (performance.now() - t0).toFixed(0), 'ms');
}
console.log(texts[0].slice(0, 1500));
