// Handles "forget me" requests from the support desk: Klaviyo deletes the profile and all
// of its data. Run as: tsx gdpr/delete-profile.ts someone@example.com
const KLAVIYO = 'https://a.klaviyo.com';

async function klaviyoRequest(path: string, method = 'GET', body?: unknown): Promise<Response> {
  return fetch(`${KLAVIYO}/api${path}`, {
    method,
    headers: {
      Authorization: `Klaviyo-API-Key ${process.env.KLAVIYO_BACK_OFFICE_KEY}`,
      revision: '2026-07-15',
      'content-type': 'application/json',
    },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
}

export async function forget(email: string): Promise<void> {
  const res = await klaviyoRequest('/data-privacy-deletion-jobs', 'POST', {
    data: { type: 'data-privacy-deletion-job', attributes: { profile: { data: { type: 'profile', attributes: { email } } } } },
  });
  if (!res.ok) throw new Error(`deletion request failed: ${res.status}`);
}

// The old v2 endpoint this script used before the migration; kept until the support desk's
// runbook is updated. klaviyo-scopes flags it as legacy and names its replacement.
export async function forgetLegacy(email: string): Promise<void> {
  await fetch(`https://a.klaviyo.com/api/v2/data-privacy/deletion-request?api_key=${process.env.KLAVIYO_LEGACY_KEY}`, {
    method: 'POST',
    body: JSON.stringify({ email }),
  });
}
