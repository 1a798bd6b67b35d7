// One Klaviyo session for the storefront, shared by every module that talks to Klaviyo.
import { ApiKeySession, ListsApi, ProfilesApi } from 'klaviyo-api';

const session = new ApiKeySession(process.env.KLAVIYO_STOREFRONT_KEY ?? '');

export const profilesApi = new ProfilesApi(session);
export const listsApi = new ListsApi(session);

export const NEWSLETTER_LIST_ID = process.env.NEWSLETTER_LIST_ID ?? 'XyZ123';
