// The shape of klaviyo.keys.json. The `.describe()` texts become the JSON Schema's
// descriptions, i.e. the hover text users see in VS Code, so they address the user.
// Scope strings are only checked for being non-empty here: the loader checks them against the
// catalog itself so it can accept old spellings and suggest the nearest valid scope.

import { z } from 'zod';

export const CONFIG_FILE_NAME = 'klaviyo.keys.json';

/** POSIX-style environment variable names: what `process.env.NAME` and `$NAME` can refer to. */
export const ENV_NAME_PATTERN = /^[A-Za-z_][A-Za-z0-9_]*$/;
const ENV_NAME_MESSAGE = 'An environment variable name consists of letters, digits and "_" and does not start with a digit.';

export const scopeStringSchema = z
  .string()
  .min(1, 'A scope must not be empty.')
  .describe('A private-key scope such as "profiles:read" or "lists:write". Write access ("Full" in Klaviyo) includes read access.');

export const keySchema = z
  .object({
    name: z
      .string()
      .regex(/\S/, 'A key name must not be empty.')
      .meta({ patternErrorMessage: 'A key name must not be empty.' })
      .describe('A unique name for this private API key, e.g. "storefront". Only used to refer to the key in reports.'),
    scopes: z
      .array(scopeStringSchema)
      .describe('The scopes this key was created with in Klaviyo (Settings > API keys). Klaviyo cannot change them afterwards: a key that needs more gets replaced by a new one.'),
    files: z
      .array(z.string().min(1, 'A glob must not be empty.').describe('A glob relative to the folder of this file, e.g. "apps/storefront/**".'))
      .optional()
      .describe('Globs (relative to the folder of this file) of the source files whose Klaviyo calls use this key. A call whose key is read from one of "env" uses that key instead.'),
    env: z
      .array(
        z
          .string()
          .regex(ENV_NAME_PATTERN, ENV_NAME_MESSAGE)
          // VS Code shows this instead of the bare pattern.
          .meta({ patternErrorMessage: ENV_NAME_MESSAGE })
          .describe('The name of an environment variable (not the key itself), e.g. "KLAVIYO_STOREFRONT_KEY".'),
      )
      .optional()
      .describe('Names of the environment variables whose value is this key. Calls made with a client built from one of them use this key, wherever they are.'),
    klaviyoKeyId: z
      .string()
      .regex(/^[A-Za-z0-9_-]{1,64}$/, 'A Klaviyo key id is letters, digits, "-" and "_" (the id Klaviyo shows for the key, not the key itself).')
      .refine((v) => !/^pk_/i.test(v), 'This is a private key, not its id: never put a key in this file.')
      .optional()
      .describe('The id Klaviyo gives this key (not the key itself): `klaviyo-scopes verify` matches the live key by it, else by name.'),
  })
  .strict()
  .describe('One Klaviyo private API key and where the code uses it. Never put the key itself here.');

export const keyConfigSchema = z
  .object({
    $schema: z.string().optional().describe('The JSON Schema of this file, for editors.'),
    keys: z
      .array(keySchema)
      .describe('The private API keys the code uses. A file with a single key that has neither "files" nor "env" applies that key to every file.'),
    ignore: z
      .array(z.string().min(1, 'A glob must not be empty.').describe('A glob relative to the folder of this file, e.g. "**/fixtures/**".'))
      .optional()
      .describe('Globs (relative to the folder of this file) of files that are never scanned.'),
  })
  .strict()
  .describe('Declares the Klaviyo private API keys of this project and their scopes, so klaviyo-scopes can check that each key has exactly the scopes its code needs.');

export type KeyConfig = z.infer<typeof keyConfigSchema>;
export type KeyEntry = KeyConfig['keys'][number];

/** Property names each object accepts, for messages about unknown properties. */
export const ALLOWED_PROPERTIES = {
  root: ['$schema', 'keys', 'ignore'],
  key: ['name', 'scopes', 'files', 'env'],
} as const;
