import { measureServer } from '../lsp';
const [server, tree, big] = process.argv.slice(2);
measureServer(server, tree, big, 200, 200).then((r) => console.log(server.split('/').pop(), 'scan', r.scanMs.toFixed(0), 'rss', r.peakMb?.toFixed(0), 'edit p50/p95/max', r.edit.p50.toFixed(1), r.edit.p95.toFixed(1), r.edit.max.toFixed(1), 'hover p95', r.hover.p95.toFixed(2)));
