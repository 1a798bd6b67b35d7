// The client side of the server's commands: refuses while the server is not running, sends
// `workspace/executeCommand`, and checks the answer's shape before anyone uses it.
import type * as z from 'zod/mini';
import { ExecuteCommandRequest, State, type LanguageClient } from 'vscode-languageclient/node';
import { describeZodError } from './protocol-schemas';

export class ServerNotRunningError extends Error {
  constructor() {
    super('Klaviyo Scopes: the language server is not running');
  }
}

export class ServerConnection {
  constructor(private readonly client: LanguageClient) {}

  get running(): boolean {
    return this.client.state === State.Running;
  }

  /** Waits for a start in progress (activation does not wait for it), then throws unless running. */
  async ensureRunning(): Promise<void> {
    // start() while starting returns the start in progress; its failure is logged by activate.
    if (this.client.state === State.Starting) await this.client.start().catch(() => undefined);
    if (!this.running) throw new ServerNotRunningError();
  }

  async execute<T>(command: string, args: unknown[], answer: z.ZodMiniType<T>): Promise<T> {
    if (!this.running) throw new ServerNotRunningError();
    const raw: unknown = await this.client.sendRequest(ExecuteCommandRequest.type, { command, arguments: args });
    const parsed = answer.safeParse(raw);
    if (!parsed.success) throw new Error(`unexpected answer from the language server to ${command}: ${describeZodError(parsed.error)}`);
    return parsed.data;
  }
}
