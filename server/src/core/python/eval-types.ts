import type { SyntaxNode } from '../tree-sitter/loader';
import type { TValue } from '../tree-sitter/values';
import type { PyEvaluator } from './evaluator';
import { callLibrary } from './libraries';

// Values from type annotations, for clients handed in rather than built here:
// `def sync(client: KlaviyoAPI)`, `session: requests.Session`, a dataclass field
// `klaviyo: KlaviyoAPI`, `Optional[...]`, `Annotated[..., Depends(...)]` and `X | None`. String
// annotations are not followed.

export function valueOfAnnotation(ev: PyEvaluator, type: SyntaxNode): TValue | null {
  let n: SyntaxNode | null = type.type === 'type' ? type.namedChild(0) : type;
  for (let i = 0; n && i < 4; i++) {
    // `Optional[T]`, and `Annotated[T, Depends(...)]` (FastAPI injection): the first type argument.
    if (n.type === 'generic_type' && /^(typing\.|typing_extensions\.)?(Optional|Annotated)$/.test(n.namedChild(0)?.text ?? '')) {
      n = n.namedChild(1)?.namedChild(0)?.namedChild(0) ?? null;
    } else if (n.type === 'binary_operator' && n.childForFieldName('operator')?.text === '|') {
      const left = n.childForFieldName('left');
      n = left?.type === 'none' ? n.childForFieldName('right') : left;
    } else if (n.type === 'type') n = n.namedChild(0);
    else break;
  }
  if (!n || (n.type !== 'identifier' && n.type !== 'attribute')) return null;
  const v = ev.eval(n);
  if (v.kind === 'class') return { kind: 'instance', key: v.key, file: v.file, node: v.node };
  const lib = callLibrary(v, { positional: [], keywords: new Map() });
  return lib && (lib.kind === 'sdk' || lib.kind === 'http') ? lib : null;
}
