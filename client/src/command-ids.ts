// Every command id the extension registers. Plain data: package.json's contributed commands are
// tested against it.
import { COMMANDS } from '../../server/src/lsp/protocol';

/** Client-only commands that are not part of the server protocol. */
export const CLIENT_COMMANDS = {
  restartServer: 'klaviyoScopes.restartServer',
} as const;

/** Commands the client registers itself, even when the server also lists them (verifyReport is the server's alone). */
export const CLIENT_OWNED_COMMANDS: readonly string[] = [...Object.values(COMMANDS).filter((c) => c !== COMMANDS.verifyReport), ...Object.values(CLIENT_COMMANDS)];
