// Newsletter signup: create or update the shopper's profile, subscribe them to email
// marketing, and add them to the newsletter list.
import { listsApi, NEWSLETTER_LIST_ID, profilesApi } from './klaviyo';

export interface Signup {
  email: string;
  firstName?: string;
  consent: boolean;
}

export async function handleSignup(form: Signup): Promise<string> {
  const profile = await profilesApi.createOrUpdateProfile({
    data: { type: 'profile', attributes: { email: form.email, firstName: form.firstName } },
  });
  const id = profile.body.data.id as string;

  if (form.consent) {
    await profilesApi.subscribeProfiles({
      data: {
        type: 'profile-subscription-bulk-create-job',
        attributes: { profiles: { data: [{ type: 'profile', attributes: { email: form.email } }] } },
        relationships: { list: { data: { type: 'list', id: NEWSLETTER_LIST_ID } } },
      },
    });
  }

  await listsApi.createListRelationships(NEWSLETTER_LIST_ID, { data: [{ type: 'profile', id }] });
  return id;
}
