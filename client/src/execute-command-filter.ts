// vscode-languageclient registers every command the server lists in `executeCommandProvider`
// as a VS Code command of the same id. The client registers its own commands under those ids
// (they add UI around the server's answer, and must exist while the server is down), and VS Code
// throws on a second registration of an id. So the client's ids are dropped from what the
// language client registers; any other server command is still registered as usual.
import { ExecuteCommandRequest, type LanguageClient } from 'vscode-languageclient/node';

export function keepClientOwnedCommands(client: LanguageClient, clientOwned: readonly string[]): void {
  const feature = client.getFeature(ExecuteCommandRequest.method);
  const register = feature.register.bind(feature);
  feature.register = (data) => {
    const commands = data.registerOptions.commands.filter((c) => !clientOwned.includes(c));
    register({ ...data, registerOptions: { ...data.registerOptions, commands } });
  };
}
