import type { SyntaxNode } from '../tree-sitter/loader';
import { tSenderFacts, type SenderFacts } from '../tree-sitter/sender-facts';
import type { TValue } from '../tree-sitter/values';
import { evalArgs } from './eval-call';
import type { Env, RbEvaluator } from './evaluator';
import { callParts } from './nodes';
import { scopeNames } from '../tree-sitter/scope-names';
import { namedForKlaviyo } from '../unknown-sender';

const CONTAINERS = new Set(['class', 'module']);

// Ruby's reading of a call to a sender the engine does not know (an injected client's
// `@http.post(url, body)`, a method from a gem's base class: `get("#{BASE}/lists")`).

export function senderFacts(ev: RbEvaluator, call: SyntaxNode, target: TValue, env?: Env): SenderFacts | null {
  if (target.kind !== 'unknown') return null;
  const parts = callParts(call);
  // A block makes it a DSL (`get '/x' do … end` is a route), not a request.
  if (!parts || parts.block) return null;
  const args = evalArgs(ev, call, env);
  return tSenderFacts({
    name: parts.name,
    receiver: parts.receiver ? ev.eval(parts.receiver, env) : null,
    receiverText: parts.receiver?.text ?? null,
    positional: args.positional,
    options: args.keywords ?? new Map(),
    klaviyoScope: () => namedForKlaviyo(scopeNames(call, ev.prog.fileOf(call), CONTAINERS)),
  });
}
