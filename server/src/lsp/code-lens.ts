import type { CodeLens } from 'vscode-languageserver';
import type { LoadedConfig } from '../core/engine/workspace';
import type { FolderState } from './folders';
import { createKeyCommand } from './create-key';
import { COMMANDS } from './protocol';
import { Ranges } from './ranges';

/**
 * `N calls · M scopes needed · K missing · L excess` above each key of a klaviyo.keys.json, and
 * `Create key "name" in Klaviyo with these N scopes` beside it when the key is not least-privilege.
 */
export function keyLenses(folder: FolderState, config: LoadedConfig, text: string): CodeLens[] {
  const ranges = new Ranges(text);
  const out: CodeLens[] = [];
  for (const node of config.result.keyNodes) {
    // A key that did not load (e.g. a duplicate name) must not show the stats of its namesake.
    const key = node.loaded ? folder.check?.keys.find((k) => k.configPath === config.path && k.name === node.name) : undefined;
    const range = ranges.range({ start: node.range.start, end: node.range.start });
    const title = !key
      ? 'not loaded (see problems)'
      : `${key.calls.length} call${key.calls.length === 1 ? '' : 's'} · ${key.required.length} scope${key.required.length === 1 ? '' : 's'} needed · ${key.missing.length} missing` +
        (folder.complete ? ` · ${key.excess.length} excess` : ' · excess unknown (scan cancelled)');
    out.push({ range, command: { title, command: COMMANDS.showReport, arguments: [{ folderUri: folder.uri }] } });
    // Scopes cannot be edited on an existing key: the way to least privilege is a new key.
    if (key && (key.missing.length || (folder.complete && key.excess.length))) out.push({ range, command: createKeyCommand(key) });
  }
  return out;
}
