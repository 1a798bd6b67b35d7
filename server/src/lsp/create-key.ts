import type { Command } from 'vscode-languageserver';
import { createKeyLink, createKeyTitle, type CreateKeyLink } from '../core/create-key-link';
import type { KeyCheck } from '../core/check';
import { COMMANDS, type CreateKeyArgs } from './protocol';

// Every editor surface that tells the user to create a key (code lens, quick fixes, the Generate
// result) hands the client the same argument: the key's least-privilege scopes and their link.

export function createKeyArgs(key: string, link: CreateKeyLink): CreateKeyArgs {
  return { key, url: link.url, scopes: link.scopes, betaOnly: link.betaOnly };
}

/** The client command that shows the key's scopes, then opens the pre-filled Create Key page. */
export function createKeyCommand(key: KeyCheck, title?: string, notice = false): Command {
  const link = createKeyLink(key.required);
  return { title: title ?? createKeyTitle(key.name, link), command: COMMANDS.createKey, arguments: [{ ...createKeyArgs(key.name, link), ...(notice ? { notice } : {}) }] };
}
