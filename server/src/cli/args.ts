// Command-line parsing: node's parseArgs (strict, so a typo is an error rather than silently
// ignored) for the syntax, zod for what each command accepts. Every failure becomes a
// UsageError with a one-line reason; main turns it into exit code 2.

import { parseArgs } from 'node:util';
import { z } from 'zod';

export class UsageError extends Error {}

export const SCAN_FORMATS = ['text', 'json'] as const;
export const CHECK_FORMATS = ['text', 'json', 'sarif', 'github', 'markdown'] as const;

export type CheckFormat = (typeof CHECK_FORMATS)[number];

export const FAIL_ON = ['error', 'warning', 'never'] as const;
export type FailOn = (typeof FAIL_ON)[number];

export type Command =
  | { command: 'help' }
  | { command: 'version' }
  | { command: 'scan'; dir: string; format: (typeof SCAN_FORMATS)[number]; output?: string }
  | { command: 'check'; dir: string; format: CheckFormat; config?: string; output?: string; failOn: FailOn; inlineIgnores: boolean; baseline?: string }
  | { command: 'baseline'; dir: string; config?: string; output?: string; prune: boolean }
  | { command: 'generate'; dir: string; write: boolean; config?: string }
  | { command: 'explain'; scope: string; dir: string; config?: string }
  | { command: 'verify'; dir: string; format: CheckFormat; config?: string; output?: string; keyEnv: string };

export const USAGE = `Usage: klaviyo-scopes <command> [options]

Finds every Klaviyo API call in your code, infers the private-key scopes it needs,
and compares them with the keys declared in klaviyo.keys.json.

Commands:
  scan [dir]              List every Klaviyo call, with its scopes and the key that serves it
  check [dir]             Exit 1 when a key lacks a scope its calls need
  generate [dir]          Print the least-privilege klaviyo.keys.json and the Klaviyo UI checklist
  explain <scope> [dir]   Show the calls that need <scope>, and why
  baseline [dir]          Write klaviyo-scopes.baseline.json: today's findings, accepted so that
                          check --baseline fails only on new ones
  verify [dir]            Compare the account's real keys (Klaviyo's API, beta) with
                          klaviyo.keys.json and the code: the only command that goes online

Options:
  -f, --format <format>   scan: text | json
                          check, verify: text | json | sarif | github | markdown   (default: text)
  -o, --output <file>     scan, check, verify: write the report in --format to <file>; stdout gets
                          the text summary for people (e.g. SARIF for upload, text in the log);
                          baseline: the file to write (default [dir]/klaviyo-scopes.baseline.json)
      --fail-on <level>   check: error (default) exits 1 on missing scopes, calls without a
                          key and keys in files; warning also on every warning (unneeded
                          scopes, legacy calls, …) and on finding no Klaviyo call at all; never
                          exits 0 whatever it finds (2 still means usage or config errors)
      --baseline <file>   check: fail only on findings not in this baseline (written by
                          \`klaviyo-scopes baseline\`); lists entries that no longer occur
      --no-inline-ignores check: ignore klaviyo-scopes-ignore comments (for audits)
      --prune             baseline: only drop the entries that no longer occur (adds none)
      --key-env <name>    verify: the environment variable holding a key with
                          credentials:read (default KLAVIYO_API_KEY; never a value on the
                          command line)
  -c, --config <file>     check, generate, explain, verify, baseline: use this config for every
                          file instead of the nearest klaviyo.keys.json above each file; its
                          globs are relative to [dir]
  -w, --write             generate: add the missing scopes and keys to klaviyo.keys.json in
                          place (keeps comments and layout; never removes anything)
  -h, --help              Show this help
  -v, --version           Show the version

[dir] defaults to the current directory.

Exit codes: 0 every call's scopes are granted; 1 a scope is missing, a call has no key, or
a private key is written in a file (see --fail-on); 2 usage error, an error in
klaviyo.keys.json, or the --output file could not be written.
Output is coloured when stdout is a terminal and NO_COLOR is not set.
`;

const config = z.string().min(1, '--config needs a file path').optional();
const output = z.string().min(1, '--output needs a file path').optional();
const failOn = z.enum(FAIL_ON, { error: (issue) => `--fail-on must be one of ${FAIL_ON.join(', ')}, not "${String(issue.input)}"` }).default('error');
const formatOf = <T extends readonly [string, ...string[]]>(allowed: T, command: string) =>
  z.enum(allowed, { error: (issue) => `--format for ${command} must be one of ${allowed.join(', ')}, not "${String(issue.input)}"` }).default(allowed[0]);

// What each command accepts: an option given to a command that ignores it is an error, not a no-op.
const OPTION_SCHEMAS = {
  scan: z.strictObject({ format: formatOf(SCAN_FORMATS, 'scan'), output }),
  check: z.strictObject({
    format: formatOf(CHECK_FORMATS, 'check'), config, output, 'fail-on': failOn,
    'no-inline-ignores': z.boolean().default(false),
    baseline: z.string().min(1, '--baseline needs a file path').optional(),
  }),
  baseline: z.strictObject({ config, output, prune: z.boolean().default(false) }),
  generate: z.strictObject({ write: z.boolean().default(false), config }),
  explain: z.strictObject({ config }),
  verify: z.strictObject({
    format: formatOf(CHECK_FORMATS, 'verify'), config, output,
    'key-env': z.string()
      .regex(/^[A-Za-z_][A-Za-z0-9_]*$/, '--key-env takes the name of an environment variable, not a key')
      .refine((v) => !/^pk_/i.test(v), '--key-env takes the name of an environment variable, not a key')
      .default('KLAVIYO_API_KEY'),
  }),
} as const;

type CommandName = keyof typeof OPTION_SCHEMAS;

/** Positional arguments after the command name: required names, then optional ones. */
const POSITIONALS: Record<CommandName, { required: string[]; optional: string[] }> = {
  scan: { required: [], optional: ['dir'] },
  check: { required: [], optional: ['dir'] },
  generate: { required: [], optional: ['dir'] },
  explain: { required: ['scope'], optional: ['dir'] },
  baseline: { required: [], optional: ['dir'] },
  verify: { required: [], optional: ['dir'] },
};

export function parseCommandLine(argv: string[]): Command {
  let parsed: ReturnType<typeof parse>;
  try {
    parsed = parse(argv);
  } catch (e) {
    throw new UsageError(parseArgsMessage(e));
  }
  const { values, positionals } = parsed;
  if (values.help) return { command: 'help' };
  if (values.version) return { command: 'version' };
  const [name, ...rest] = positionals;
  if (name === undefined) throw new UsageError('missing command: scan, check, generate, explain, verify or baseline');
  if (!Object.hasOwn(OPTION_SCHEMAS, name)) throw new UsageError(`unknown command "${name}": use scan, check, generate, explain, verify or baseline`);
  const command = name as CommandName;

  const { help: _h, version: _v, ...options } = values;
  const result = OPTION_SCHEMAS[command].safeParse(options);
  if (!result.success) {
    const issue = result.error.issues[0];
    if (issue.code === 'unrecognized_keys') throw new UsageError(`--${issue.keys[0]} does not apply to ${command}`);
    throw new UsageError(issue.message);
  }

  const spec = POSITIONALS[command];
  if (rest.length < spec.required.length) throw new UsageError(`${command} needs <${spec.required[rest.length]}>`);
  if (rest.length > spec.required.length + spec.optional.length) throw new UsageError(`unexpected argument "${rest[spec.required.length + spec.optional.length]}" for ${command}`);
  const dir = rest[spec.required.length] ?? '.';
  const o = result.data as Record<string, unknown>;
  switch (command) {
    case 'scan':
      return { command, dir, format: o.format as (typeof SCAN_FORMATS)[number], ...(o.output ? { output: o.output as string } : {}) };
    case 'check':
      return {
        command, dir, format: o.format as CheckFormat, failOn: o['fail-on'] as FailOn, inlineIgnores: !o['no-inline-ignores'],
        ...(o.config ? { config: o.config as string } : {}), ...(o.output ? { output: o.output as string } : {}),
        ...(o.baseline ? { baseline: o.baseline as string } : {}),
      };
    case 'baseline':
      return { command, dir, prune: o.prune as boolean, ...(o.config ? { config: o.config as string } : {}), ...(o.output ? { output: o.output as string } : {}) };
    case 'generate':
      return { command, dir, write: o.write as boolean, ...(o.config ? { config: o.config as string } : {}) };
    case 'explain':
      return { command, scope: rest[0], dir, ...(o.config ? { config: o.config as string } : {}) };
    case 'verify':
      return {
        command, dir, format: o.format as CheckFormat, keyEnv: o['key-env'] as string,
        ...(o.config ? { config: o.config as string } : {}), ...(o.output ? { output: o.output as string } : {}),
      };
  }
}

function parse(argv: string[]) {
  return parseArgs({
    args: argv,
    strict: true,
    allowPositionals: true,
    options: {
      format: { type: 'string', short: 'f' },
      config: { type: 'string', short: 'c' },
      output: { type: 'string', short: 'o' },
      'fail-on': { type: 'string' },
      'key-env': { type: 'string' },
      baseline: { type: 'string' },
      'no-inline-ignores': { type: 'boolean' },
      prune: { type: 'boolean' },
      write: { type: 'boolean', short: 'w' },
      help: { type: 'boolean', short: 'h' },
      version: { type: 'boolean', short: 'v' },
    },
  });
}

/** parseArgs' messages run to several sentences; users get one line. */
function parseArgsMessage(e: unknown): string {
  const err = e as { code?: string; message?: string };
  const message = err.message ?? String(e);
  const quoted = /'([^']+)'/.exec(message)?.[1] ?? '';
  const option = /--[\w-]+/.exec(quoted)?.[0] ?? quoted;
  switch (err.code) {
    case 'ERR_PARSE_ARGS_UNKNOWN_OPTION':
      return `unknown option ${option}`;
    case 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE':
      return /does not take an argument/.test(message) ? `${option} does not take a value` : `${option} needs a value`;
    default:
      return message.split('\n')[0];
  }
}
