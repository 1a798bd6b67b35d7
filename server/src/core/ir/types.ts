// The language-neutral form the Go, Java and C# front ends lower their syntax into: exactly what
// the analysis reads (string building, names, members, calls, functions, classes, the control
// flow that makes alternatives), nothing else. One evaluator (evaluator.ts) reads it for every
// such language; a front end is a lowering plus a library table (library.ts).

export interface Span {
  start: number;
  end: number;
}

export interface Arg {
  /** Named/keyword argument (`Method = …` in an initializer, C# `name: value`). */
  name?: string;
  value: Expr;
}

export type Expr =
  /** A string literal; interpolated pieces are expressions. */
  | { k: 'str'; parts: (string | Expr)[] }
  | { k: 'name'; name: string }
  | { k: 'this' }
  | { k: 'member'; obj: Expr; name: string }
  | { k: 'index'; obj: Expr; key: Expr }
  /** `typeArgs`: a generic call's type arguments as written (`AddHttpClient<IKlaviyo, KlaviyoClient>`). */
  | { k: 'call'; callee: Expr; args: Arg[]; at: Span; nameAt: Span; typeArgs?: string[] }
  /** `new T(…) { A = … }`, Go's `T{A: …}` / `&T{…}`: the type's name as written, qualifier included. */
  | { k: 'new'; type: string; args: Arg[]; init: Arg[]; at: Span; nameAt: Span }
  | { k: 'concat'; items: Expr[] }
  | { k: 'cond'; test: Test; then: Expr; else: Expr }
  | { k: 'list'; items: Expr[] }
  | { k: 'map'; entries: [Expr, Expr][] }
  | { k: 'fn'; fn: Fn }
  | { k: 'unknown' };

/** A condition the decider may settle from bound arguments (conditions.ts). */
export type Test =
  | { k: 'eq' | 'ne'; l: Expr; r: Expr }
  | { k: 'call'; what: 'startsWith' | 'endsWith' | 'includes'; subject: Expr; arg: Expr }
  | { k: 'truthy'; e: Expr }
  | { k: 'not'; t: Test }
  | { k: 'and' | 'or'; l: Test; r: Test }
  | { k: 'other' };

export type Stmt =
  | { k: 'var'; names: string[]; type?: string; value?: Expr; values?: Expr[] }
  | { k: 'assign'; target: Expr; value: Expr }
  | { k: 'expr'; e: Expr }
  | { k: 'return'; e?: Expr }
  | { k: 'if'; test: Test; then: Stmt[]; else: Stmt[] }
  | { k: 'foreach'; name: string; over: Expr; body: Stmt[] }
  /** Loops, try blocks, switch arms: statements that run zero or more times, in order. */
  | { k: 'block'; body: Stmt[] };

export interface Param {
  name: string;
  type?: string;
  /** Java: `@Value("${klaviyo.url}") String baseUrl`. */
  annotations?: Annotation[];
}

export interface Annotation {
  name: string;
  args: Arg[];
  /** Where it is written: a declarative client's method is reported at its mapping annotation. */
  at?: Span;
  nameAt?: Span;
}

export interface Fn {
  /** Identity within the project (file + position): deferred requests are keyed by it. */
  key: string;
  name: string;
  params: Param[];
  body: Stmt[];
  /** The class (Go: the receiver's type) the method belongs to. */
  owner?: string;
  /** Go: the receiver's name, which stands for `this`. */
  self?: string;
  annotations: Annotation[];
  isCtor?: boolean;
  /** A constructor's call of its base class's (`: base(…)`, `super(…)`). */
  baseArgs?: Arg[];
  /** The declared return type (Java/C#), for providers of injected values. */
  returns?: string;
  at: Span;
}

export interface Field {
  name: string;
  type?: string;
  init?: Expr;
  annotations: Annotation[];
}

export interface ClassDecl {
  name: string;
  bases: string[];
  fields: Field[];
  methods: Fn[];
  annotations: Annotation[];
  /** An interface (Java/C#): methods without bodies, e.g. a declarative Feign client. */
  isInterface?: boolean;
}

export interface Module {
  file: string;
  /** Package-level constants and variables (Go), static imports' aliases (`import x "pkg"`). */
  globals: { name: string; type?: string; value?: Expr }[];
  functions: Fn[];
  classes: ClassDecl[];
  /** Import alias -> imported package or type path (`resty` -> `github.com/go-resty/resty/v2`). */
  imports: Map<string, string>;
  /** Java `import static a.b.Config.BASE_URL` / `.*`: names read as that class's static members (`*` for all). */
  statics?: { name: string; cls: string }[];
}
