// Shared snippets of the ts-sdk-call tables.

export const pkg = (version: string): string => JSON.stringify({ name: 'app', dependencies: { 'klaviyo-api': version } });
export const IMPORT = "import { ApiKeySession, ProfilesApi } from 'klaviyo-api';";
export const API = `${IMPORT}
const api = new ProfilesApi(new ApiKeySession(process.env.KLAVIYO_KEY!));`;
export const S = 'new ApiKeySession(process.env.KLAVIYO_KEY!)';
