// The account page shows which lists a shopper is on.
import { profilesApi } from './klaviyo';

export async function listsOfShopper(profileId: string): Promise<string[]> {
  const res = await profilesApi.getListsForProfile(profileId);
  return res.body.data.map((l: { id: string }) => l.id);
}
