import type { SyntaxNode } from '../tree-sitter/loader';
import { tSenderFacts, type SenderFacts } from '../tree-sitter/sender-facts';
import type { TValue } from '../tree-sitter/values';
import type { Env, PhpEvaluator } from './evaluator';
import { argsOf, calleeName, field } from './syntax';
import { scopeNames } from '../tree-sitter/scope-names';
import { namedForKlaviyo } from '../unknown-sender';

const CONTAINERS = new Set(['class_declaration', 'trait_declaration', 'namespace_definition']);

// PHP's reading of a call to a sender the engine does not know (an injected client's
// `$this->http->post($url, [...])`, a framework's `$this->request('GET', $url)` inherited from a
// vendor base class).

export function senderFacts(ev: PhpEvaluator, call: SyntaxNode, target: TValue, env?: Env): SenderFacts | null {
  if (target.kind !== 'unknown') return null;
  const name = calleeName(call);
  if (name.type !== 'name') return null;
  const recv = call.type === 'function_call_expression' ? null : field(call, 'object') ?? field(call, 'scope');
  const args = argsOf(call);
  const options = new Map([...args.named].map(([k, n]): [string, TValue] => [k, ev.eval(n, env)]));
  return tSenderFacts({ name: name.text, receiver: recv ? ev.eval(recv, env) : null, receiverText: recv?.text ?? null, positional: args.positional.map((a) => ev.eval(a, env)), options,
    klaviyoScope: () => namedForKlaviyo(scopeNames(call, ev.project.fileOf(call).file, CONTAINERS)),
  });
}
