// `Create key in Klaviyo`: the server names the key's least-privilege scopes and the pre-filled
// link; the client shows them first (a key's scopes cannot be changed once it is created), then
// opens the page in the browser. The argument can come from any command link, so only Klaviyo's
// Create Key page is ever opened.
import * as vscode from 'vscode';
import { createKeyArgsSchema, describeZodError } from './protocol-schemas';
import { InvalidArgumentError } from './folder-argument';

const OPEN = 'Open Klaviyo';
const COPY = 'Copy Link';

export async function createKeyInKlaviyo(arg: unknown): Promise<void> {
  const parsed = createKeyArgsSchema.safeParse(arg);
  if (!parsed.success) throw new InvalidArgumentError(`Klaviyo Scopes: invalid command argument: ${describeZodError(parsed.error)}`);
  const { key, url, scopes, betaOnly, notice } = parsed.data;
  if (notice) {
    // After a quick fix: the file now lists the scope, the real key does not have it.
    const choice = await vscode.window.showInformationMessage(
      `Klaviyo Scopes: klaviyo.keys.json now lists what key "${key}" needs, but Klaviyo cannot add scopes to an existing key: create a new key with these ${scopes.length} scopes and swap it in.`,
      OPEN, COPY,
    );
    return follow(choice, url);
  }
  const detail = [
    scopes.length ? `Scopes: ${scopes.join(', ')}` : 'No scopes: no call needs this key.',
    ...(betaOnly.length ? [`Beta-only (the page may not offer them to every account): ${betaOnly.join(', ')}`] : []),
    '',
    `Klaviyo cannot change the scopes of an existing key. Create this key, put it where "${key}" is used now, then delete the old key.`,
  ].join('\n');
  const choice = await vscode.window.showInformationMessage(`Create key "${key}" in Klaviyo with ${scopes.length === 1 ? 'this scope' : `these ${scopes.length} scopes`}?`, { modal: true, detail }, OPEN, COPY);
  return follow(choice, url);
}

async function follow(choice: string | undefined, url: string): Promise<void> {
  if (choice === OPEN) await vscode.env.openExternal(vscode.Uri.parse(url, true));
  else if (choice === COPY) await vscode.env.clipboard.writeText(url);
}
