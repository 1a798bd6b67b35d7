// Run in a fresh process by py-grammar-lazy.test.ts: scans an in-memory workspace and prints
// which grammars got loaded, so the test sees the loader's state without other tests' loads.
import path from 'node:path';
import { Workspace } from '../../server/src/core/engine/workspace';
import { grammarLoadMs, loadedParser } from '../../server/src/core/tree-sitter/loader';

const SCENARIOS: Record<string, Record<string, string>> = {
  // A Python file that never mentions Klaviyo is not a candidate: no Python grammar needed.
  'no-python-candidate': {
    'src/index.ts': "import { ApiKeySession, ProfilesApi } from 'klaviyo-api';\nnew ProfilesApi(new ApiKeySession('k')).getProfiles();\n",
    'scripts/tool.py': 'import requests\nrequests.get("https://example.com")\n',
  },
  python: {
    'app/main.py': 'from klaviyo_api import KlaviyoAPI\nKlaviyoAPI("k").Profiles.get_profiles()\n',
  },
};

async function main(): Promise<void> {
  const files = SCENARIOS[process.argv[2] ?? ''];
  if (!files) throw new Error(`unknown scenario ${process.argv[2]}`);
  const root = '/ws';
  const map = new Map(Object.entries(files).map(([p, t]) => [path.join(root, p), t]));
  const before = loadedParser('python') !== null;
  const res = await new Workspace(root, { listFiles: () => [...map.keys()], read: (p) => map.get(p) }).scanAsync();
  process.stdout.write(JSON.stringify({
    before,
    python: loadedParser('python') !== null,
    loaded: Object.keys(grammarLoadMs).filter((k) => k !== 'runtime').sort(),
    grammarLoadMs,
    operations: res.calls.map((c) => c.operation),
  }));
}

void main();
