import type { SyntaxNode } from '../tree-sitter/loader';
import { tSenderFacts } from '../tree-sitter/sender-facts';
import type { TValue } from '../tree-sitter/values';
import { evalArgs } from './eval-calls';
import type { Env, PyEvaluator } from './evaluator';
import { includeOf, type PyRequestFacts } from './http-facts';
import { scopeNames } from '../tree-sitter/scope-names';
import { namedForKlaviyo } from '../unknown-sender';

const CONTAINERS = new Set(['class_definition']);

// Python's reading of a call to a sender the engine does not know (`self._get(url, params=…)`
// inherited from a library base class, an injected client's `request('POST', url)`).

export interface PySenderFacts extends PyRequestFacts {
  defaulted: boolean;
}

export function senderFacts(ev: PyEvaluator, call: SyntaxNode, target: TValue, env?: Env): PySenderFacts | null {
  if (target.kind !== 'unknown') return null;
  const callee = call.childForFieldName('function');
  const nameNode = callee?.type === 'attribute' ? callee.childForFieldName('attribute') : callee?.type === 'identifier' ? callee : null;
  if (!nameNode) return null;
  const recv = callee?.type === 'attribute' ? callee.childForFieldName('object') : null;
  const args = evalArgs(ev, call, env);
  const facts = tSenderFacts({ name: nameNode.text, receiver: recv ? ev.eval(recv, env) : null, receiverText: recv?.text ?? null, positional: args.positional, options: args.keywords, klaviyoScope: () => namedForKlaviyo(scopeNames(call, ev.program.fileOf(call), CONTAINERS)) });
  if (!facts) return null;
  // `params=` may be a list of pairs or a query string too.
  const query = args.keywords.get('params');
  return { ...facts, include: query ? includeOf(ev, query) : facts.include, selfAttrs: [] };
}

