import type { RequestFacts } from '../requests';
import { guessSender } from '../unknown-sender';
import { tDependsOnParams, tEnvOf, tIncludeValues, tLiteral, tUrl, type TValue } from './values';

// Python's, PHP's and Ruby's reading of a call to a sender the engine does not know (a method
// inherited from a library base class, an injected client, a framework's proxy): each front end
// hands over the call's name, receiver and arguments; the decision is the core's
// (../unknown-sender.ts).

export interface SenderFacts extends RequestFacts {
  dependsOnParams: boolean;
  /** No method was written: GET by default. */
  defaulted: boolean;
}

export interface TSenderCall {
  name: string;
  /** The value the method is called on, when it is a method call. */
  receiver: TValue | null;
  /** The receiver as written. */
  receiverText: string | null;
  positional: TValue[];
  /** Keyword arguments (Python), named arguments (PHP 8), or the keys of a trailing options hash. */
  options: Map<string, TValue>;
  /** See SenderCall.klaviyoScope. */
  klaviyoScope?: () => boolean;
}

/** A receiver the engine knows is no client: a dict, list or string, a project function or class. */
const NOT_CLIENTS = new Set<TValue['kind']>(['obj', 'arr', 'str', 'env', 'fn', 'class']);

export function tSenderFacts(call: TSenderCall): SenderFacts | null {
  if (call.receiver && NOT_CLIENTS.has(call.receiver.kind)) return null;
  const opts = new Map(call.options);
  // A trailing options array/hash (`['method' => 'POST', 'query' => […]]`) reads like keywords.
  for (const v of call.positional) if (v.kind === 'obj') for (const [k, f] of v.props) if (!opts.has(k)) opts.set(k, f());
  const values = [...call.positional.slice(0, 3), ...(opts.has('url') ? [opts.get('url')!] : [])];
  const method = opts.get('method');
  const guess = guessSender({
    name: call.name,
    receiver: call.receiverText,
    args: values.map((v) => ({ url: v.kind === 'obj' ? null : tUrl(v), literal: tLiteral(v) })),
    methodOption: method === undefined ? undefined : tLiteral(method),
    klaviyoScope: call.klaviyoScope,
  });
  if (!guess) return null;
  const url = values[guess.urlIndex]!;
  const query = opts.get('params') ?? opts.get('query');
  const headers = opts.get('headers');
  const auth = headers && headers.kind === 'obj' ? (headers.props.get('Authorization') ?? headers.props.get('authorization')) : undefined;
  return {
    method: guess.method,
    url: tUrl(url) ?? [],
    include: query && query.kind === 'obj' && query.props.has('include') ? tIncludeValues(query.props.get('include')!()) : [],
    beta: false,
    keyEnv: auth ? tEnvOf(auth()) : null,
    dependsOnParams: tDependsOnParams(url) || (!!method && tDependsOnParams(method)),
    defaulted: guess.defaulted,
    baseUnseen: guess.relative,
  };
}
