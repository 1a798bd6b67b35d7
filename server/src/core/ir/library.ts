import type { Registrations } from './registrations';

// What a library table says about an HTTP library, as data: which declared types, static calls,
// constructions and methods make clients, requests and builders, which of their arguments carry
// the base URL, the URL and the method, and where a request is sent. The evaluator applies it;
// each language (go/, java/, csharp/) only lists its libraries.

/** Where a value comes from at a call: an argument by position or name, an initializer property, a literal, or the receiver (a string). */
export type Src = { arg: number; or?: string } | { named: string } | { init: string } | { lit: string } | { self: true };

export interface Effect {
  /** The call makes (or returns) a library object with this tag; absent with `send`, the call only sends. */
  tag?: string;
  base?: Src;
  url?: Src;
  /** The HTTP method: literal text (`GET`) or where it is read from. */
  method?: Src;
  /** Start from the state of the library object this argument holds (`client.newCall(request)`). */
  take?: number;
  /** An argument holding `(name, value)` of a query parameter (`SetQueryParam("include", "lists")`). */
  query?: [number, number];
  /** The call sends the object (the receiver's state with this call's). */
  send?: boolean;
  /** The call sends the request object held by this argument (`client.Do(req)`, `SendAsync(req)`). */
  sendArg?: number;
  /**
   * A string function: what the result is made of (see effects' stringEffect); `setting` reads a
   * configuration key; `query` joins pieces with its separator, a query string when that is `&`.
   */
  str?: 'sprintf' | 'jformat' | 'csformat' | 'join' | 'same' | 'concat' | 'env' | 'setting' | 'query';
  /** The call narrows a configuration object to a section (`GetSection("Klaviyo")`): the key's prefix. */
  section?: Src;
  /** Arguments of a `str` effect start here (`String.format(locale, fmt, …)`: 1). */
  from?: number;
}

export interface LibraryTable {
  /** Declared types whose values are library objects (`http.Client` -> `go.client`); generics and pointers stripped. */
  types: Record<string, string>;
  /** Qualified values that are library objects (`http.DefaultClient`). */
  values: Record<string, string>;
  /** Static calls by qualified name (`http.NewRequest`, `URI.create`, `fmt.Sprintf`). */
  calls: Record<string, Effect>;
  /** Constructions by type name as written (`HttpRequestMessage`, `Request.Builder`, `http.Client`). */
  ctors: Record<string, Effect>;
  /**
   * Methods of library objects by tag, then name; `$str` holds methods of strings. `[]` is an
   * index (`configuration["Klaviyo:BaseUrl"]`), `.Name` a property read (`section.Value`).
   */
  methods: Record<string, Record<string, Effect>>;
  /** Tags whose unlisted methods return the object itself (fluent builders: headers, bodies). */
  fluent: string[];
  /** Properties that, assigned (`client.BaseAddress = …`, `request.Method = …`), set state: tag -> prop -> slot. */
  props: Record<string, Record<string, 'base' | 'url' | 'method'>>;
  /** Annotations that inject a setting into a field or parameter (`@Value("${key:default}")`). */
  settingAnnotations: string[];
  /** Annotations that bind a class's fields to a settings section (`@ConfigurationProperties(prefix = "klaviyo")`). */
  settingClasses: string[];
  /** Conventional suffixes of classes bound to a section of their own name (.NET's `KlaviyoOptions` <- `"Klaviyo"`). */
  optionSuffixes: string[];
  /** Generic wrappers whose property unwraps the type argument (`IOptions<T>.Value`). */
  wrappers: Record<string, string>;
  /**
   * Members a framework base class gives its subclasses (Kiota's `BaseRequestBuilder`): a
   * library object of a tag, or the value the subclass passes its base constructor at a position.
   */
  inherits: Record<string, Record<string, { tag: string } | { ctorArg: number }>>;
  /**
   * Declarative clients: interfaces whose methods are requests (OpenFeign, Spring HTTP interfaces,
   * Retrofit). `clients`: class annotations and the arguments holding the base URL and a path
   * prefix; `methods`: method annotations and the method each sends (`*`: read from its `method`
   * argument, `line`: Feign's `"POST /events"`).
   */
  declarative: { clients: Record<string, { base?: string; prefix?: string }>; methods: Record<string, string> };
  /** Clients configured where they are registered for injection (C#'s `AddHttpClient`; registrations.ts). */
  registrations?: Registrations;
  /** Annotations of methods that provide injected values by return type (`@Bean`). */
  providers: string[];
  /**
   * Fields of URL values, which the evaluator holds as their text: `u.Path` is the URL itself
   * (`u.Path = path.Join(u.Path, endpoint)`), `u.RawQuery` is the query, which says nothing of the path.
   */
  urlFields: Record<string, 'self' | 'query'>;
  /** A bare name inside a method may be a field of its class (Java, C#; Go always writes the receiver). */
  implicitThis: boolean;
  /** Methods of strings that change the string in place (`StringBuilder.append`). */
  mutating: string[];
  /** Named constants (`http.MethodPost`, `HttpMethod.Post`, `Method.POST`) -> their text. */
  consts: Record<string, string>;
}

/** A declared type's name with pointers, generics, arrays, nullability and a leading package path dropped to what tables list. */
export function typeName(t: string | undefined): string | undefined {
  if (!t) return undefined;
  const s = t.replace(/^[*&]+/, '').replace(/<.*$/s, '').replace(/\[\]$/, '').replace(/\?$/, '').trim();
  return s || undefined;
}

/** Candidates for a type in a table: as written, then without its qualifier (`java.net.http.HttpClient` -> `HttpClient`). */
export function typeKeys(t: string): string[] {
  const parts = t.split('.');
  return parts.length > 2 ? [t, parts.slice(-2).join('.'), parts[parts.length - 1]] : parts.length === 2 ? [t, parts[1]] : [t];
}

/** A table entry by name: only the table's own keys (a method called `toString` or `constructor` is not one). */
export function own<T>(record: Record<string, T> | undefined, name: string): T | undefined {
  return record && Object.hasOwn(record, name) ? record[name] : undefined;
}
