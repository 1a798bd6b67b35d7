// Just enough types for the editor to show these examples without errors, without installing
// their dependencies: the examples are read by klaviyo-scopes, never run from here.
declare const process: { env: Record<string, string | undefined>; argv: string[]; exitCode?: number };
declare module 'klaviyo-api';
