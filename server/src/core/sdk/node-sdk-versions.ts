// Facts about the published versions of npm `klaviyo-api` (Klaviyo's official Node SDK),
// read from the tarballs (`npm pack klaviyo-api@X`) of the latest release of every major.
// Data only: detectors use it to know which call styles, names and endpoints a given major has.
//
// Conventions used below:
// - Majors are the published ones: 1, 2, 3, 5–23 (there is no 4.x on npm). A range
//   `{ from, to }` means every *published* major in between.
// - Paths are the SDK's path templates without the trailing slash (v1–v12 write one,
//   v13+ do not), so they compare directly with catalog paths.
// - Group names are the ready-made object names (`Profiles`); the class is `<group>Api`.

/** Facts about each major version of npm `klaviyo-api`, read from the published packages. */
export interface NodeSdkVersion {
  major: number;
  /** Latest published version of the major, the one these facts were read from. */
  latest: string;
  /** Value of the `revision` header the SDK sends by default. */
  revision: string;
  /** Exports ready-made group objects (`Profiles`, `Lists`, …) usable without constructing anything. */
  readyMadeObjects: boolean;
  /**
   * The groups' methods are own arrow-function properties, so `const { getProfile } = Profiles`
   * still works. False means prototype methods that read `this` (a destructured call throws).
   */
  arrowMethods: boolean;
  /** Exports `<Group>Api` classes meant to be constructed (`new ProfilesApi(x)`). */
  apiClasses: boolean;
  /** Session classes an `*Api` class is constructed with. Empty: v1–v5 take the ApiClient `ConfigWrapper(key)` returns. */
  sessionClasses: string[];
  /** Exports that set the API key the ready-made objects use. */
  configure: string[];
  /** How `include` is passed: inside a trailing options object, or as a positional argument. */
  includeStyle: 'options' | 'positional';
  /** API groups exported in this major (ready-made object names; the class adds `Api`). */
  groups: readonly string[];
  /** Aggregate objects also exported: v6+ `Klaviyo` (every group object and class, plus `Auth`) and `Auth` (session classes). */
  namespaceObjects: readonly string[];
}

// v1–v5 (swagger-codegen JavaScript): each method is an `async` arrow class field and the
// ready-made objects are plain `new XxxApi()` instances bound to the default ApiClient, so
// destructuring works. The `*Api` classes are exported too and take an optional ApiClient, which
// `ConfigWrapper(key)` returns (README: `new ProfilesApi(ConfigWrapper(key))`). The revision is a
// default header of ApiClient.
// v6+ (openapi-generator typescript): `public async` prototype methods that read
// `this.basePath`/`this.session`; the ready-made objects are
// `new XxxApi(new GlobalApiKeySession())`, keyed by `new GlobalApiKeySettings(key)` or
// `ConfigWrapper(key)` (both set the same static key). v6–v8 put the revision in each class's
// default headers; v9+ have the session's `applyToRequest` set it (a module constant in apis.ts).
// All majors pass optional params, `include` among them, in the last argument: `opts` in v1–v5,
// `options` in v6+. No published major takes `include` positionally.
const V1_GROUPS = ['Catalogs', 'Client', 'Events', 'Flows', 'Lists', 'Metrics', 'Profiles', 'Segments', 'Templates'] as const;
const V2_GROUPS = [...V1_GROUPS, 'Campaigns', 'DataPrivacy', 'Tags'].sort();
// v5 drops the Client group (the /client/ endpoints) and adds Accounts.
const V5_GROUPS = [...V2_GROUPS.filter((g) => g !== 'Client'), 'Accounts'].sort();
const V6_GROUPS = [...V5_GROUPS, 'Coupons', 'Images'].sort();
const V8_GROUPS = [...V6_GROUPS, 'Reporting'].sort();
const V11_GROUPS = [...V8_GROUPS, 'Forms', 'Webhooks'].sort();
const V13_GROUPS = [...V11_GROUPS, 'Reviews', 'TrackingSettings'].sort();
const V18_GROUPS = [...V13_GROUPS, 'WebFeeds'].sort();
const V19_GROUPS = [...V18_GROUPS, 'CustomObjects'].sort();
const V22_GROUPS = [...V19_GROUPS, 'Conversations'].sort();
// v23 brings back a `Client` group, but it only holds getClientIpAllowlist.
const V23_GROUPS = [...V22_GROUPS, 'Client'].sort();

const OLD_STYLE = {
  readyMadeObjects: true,
  arrowMethods: true,
  apiClasses: true,
  sessionClasses: [] as string[],
  configure: ['ConfigWrapper'],
  includeStyle: 'options' as const,
  namespaceObjects: [] as readonly string[],
};
const SESSION_STYLE = {
  readyMadeObjects: true,
  arrowMethods: false,
  apiClasses: true,
  sessionClasses: ['ApiKeySession', 'GlobalApiKeySession'],
  configure: ['ConfigWrapper', 'GlobalApiKeySettings'],
  includeStyle: 'options' as const,
  namespaceObjects: ['Klaviyo', 'Auth'] as readonly string[],
};
// v9 ships OAuth: OAuthSession(customerIdentifier, oAuthApi) and OAuthBasicSession(accessToken).
const OAUTH_STYLE = {
  ...SESSION_STYLE,
  sessionClasses: ['ApiKeySession', 'GlobalApiKeySession', 'OAuthSession', 'OAuthBasicSession'],
};

export const NODE_SDK_VERSIONS: readonly NodeSdkVersion[] = [
  { major: 1, latest: '1.0.2', revision: '2022-10-17', ...OLD_STYLE, groups: V1_GROUPS },
  { major: 2, latest: '2.1.1', revision: '2023-02-22', ...OLD_STYLE, groups: V2_GROUPS },
  { major: 3, latest: '3.0.0', revision: '2023-02-22', ...OLD_STYLE, groups: V2_GROUPS },
  { major: 5, latest: '5.1.0', revision: '2023-08-15', ...OLD_STYLE, groups: V5_GROUPS },
  { major: 6, latest: '6.0.1', revision: '2023-09-15', ...SESSION_STYLE, groups: V6_GROUPS },
  { major: 7, latest: '7.2.0', revision: '2023-12-15', ...SESSION_STYLE, groups: V6_GROUPS },
  { major: 8, latest: '8.0.2', revision: '2024-02-15', ...SESSION_STYLE, groups: V8_GROUPS },
  { major: 9, latest: '9.0.0', revision: '2024-02-15', ...OAUTH_STYLE, groups: V8_GROUPS },
  { major: 10, latest: '10.1.0', revision: '2024-06-15', ...OAUTH_STYLE, groups: V8_GROUPS },
  { major: 11, latest: '11.0.0', revision: '2024-07-15', ...OAUTH_STYLE, groups: V11_GROUPS },
  { major: 12, latest: '12.0.1', revision: '2024-07-15', ...OAUTH_STYLE, groups: V11_GROUPS },
  { major: 13, latest: '13.0.0', revision: '2024-10-15', ...OAUTH_STYLE, groups: V13_GROUPS },
  { major: 14, latest: '14.0.0', revision: '2024-10-15', ...OAUTH_STYLE, groups: V13_GROUPS },
  { major: 15, latest: '15.0.0', revision: '2024-10-15', ...OAUTH_STYLE, groups: V13_GROUPS },
  { major: 16, latest: '16.0.0', revision: '2025-01-15', ...OAUTH_STYLE, groups: V13_GROUPS },
  { major: 17, latest: '17.0.0', revision: '2025-01-15', ...OAUTH_STYLE, groups: V13_GROUPS },
  { major: 18, latest: '18.0.0', revision: '2025-04-15', ...OAUTH_STYLE, groups: V18_GROUPS },
  { major: 19, latest: '19.0.2', revision: '2025-07-15', ...OAUTH_STYLE, groups: V19_GROUPS },
  { major: 20, latest: '20.0.0', revision: '2025-10-15', ...OAUTH_STYLE, groups: V19_GROUPS },
  { major: 21, latest: '21.0.1', revision: '2026-01-15', ...OAUTH_STYLE, groups: V19_GROUPS },
  { major: 22, latest: '22.0.1', revision: '2026-04-15', ...OAUTH_STYLE, groups: V22_GROUPS },
  { major: 23, latest: '23.0.0', revision: '2026-07-15', ...OAUTH_STYLE, groups: V23_GROUPS },
];

/**
 * Revision sent by every published version, not only the latest of each major: within a major
 * the revision can move (7.1.0 → 7.2.0, 10.0.0 → 10.1.0), so a lockfile's exact version is more
 * precise than its major. Later minors only added methods; none removed or re-pointed one.
 */
export const NODE_SDK_REVISION_BY_VERSION: Readonly<Record<string, string>> = {
  '1.0.1': '2022-10-17',
  '1.0.2': '2022-10-17', // its CHANGELOG says 2022-10-19, but ApiClient sends 2022-10-17
  '2.1.1': '2023-02-22',
  '3.0.0': '2023-02-22',
  '5.1.0': '2023-08-15',
  '6.0.1': '2023-09-15',
  '7.1.0': '2023-10-15',
  '7.2.0': '2023-12-15',
  '8.0.0': '2024-02-15',
  '8.0.2': '2024-02-15',
  '9.0.0': '2024-02-15',
  '10.0.0': '2024-05-15',
  '10.1.0': '2024-06-15',
  '11.0.0': '2024-07-15',
  '12.0.1': '2024-07-15',
  '13.0.0': '2024-10-15',
  '14.0.0': '2024-10-15',
  '15.0.0': '2024-10-15',
  '16.0.0': '2025-01-15',
  '17.0.0': '2025-01-15',
  '18.0.0': '2025-04-15',
  '19.0.0': '2025-07-15',
  '19.0.1': '2025-07-15',
  '19.0.2': '2025-07-15',
  '20.0.0': '2025-10-15',
  '21.0.0': '2026-01-15',
  '21.0.1': '2026-01-15',
  '22.0.1': '2026-04-15',
  '23.0.0': '2026-07-15',
};

/** An inclusive range of published majors. */
export interface MajorRange {
  from: number;
  to: number;
}

/** Majors in which each group (ready-made object / `<group>Api` class) is exported. */
export const NODE_SDK_GROUP_MAJORS: Readonly<Record<string, readonly MajorRange[]>> = {
  Accounts: [{ from: 5, to: 23 }],
  Campaigns: [{ from: 2, to: 23 }],
  Catalogs: [{ from: 1, to: 23 }],
  // Gone in 5–22. The v1–v3 group held createClientEvent/Profile/Subscription(body, companyId);
  // the v23 one only getClientIpAllowlist(id, companyId, options).
  Client: [{ from: 1, to: 3 }, { from: 23, to: 23 }],
  Conversations: [{ from: 22, to: 23 }],
  Coupons: [{ from: 6, to: 23 }],
  CustomObjects: [{ from: 19, to: 23 }],
  DataPrivacy: [{ from: 2, to: 23 }],
  Events: [{ from: 1, to: 23 }],
  Flows: [{ from: 1, to: 23 }],
  Forms: [{ from: 11, to: 23 }],
  Images: [{ from: 6, to: 23 }],
  Lists: [{ from: 1, to: 23 }],
  Metrics: [{ from: 1, to: 23 }],
  Profiles: [{ from: 1, to: 23 }],
  Reporting: [{ from: 8, to: 23 }],
  Reviews: [{ from: 13, to: 23 }],
  Segments: [{ from: 1, to: 23 }],
  Tags: [{ from: 2, to: 23 }],
  Templates: [{ from: 1, to: 23 }],
  TrackingSettings: [{ from: 13, to: 23 }],
  WebFeeds: [{ from: 18, to: 23 }],
  Webhooks: [{ from: 11, to: 23 }],
};

export interface NodeSdkGenericRelationship {
  /** Zero-based index of the `relatedResource` argument: 1 for `(id, relatedResource[, opts])`, 2 for `(body, id, relatedResource)`. */
  argIndex: number;
  method: string;
  /** Path template; `{related_resource}` is filled with the argument at `argIndex`. */
  path: string;
  majors: number[];
  /**
   * Values the argument can take. The v1/v2 source does not enumerate them: they come from the
   * doc comments and from v3, which has the same revision as v2 (2023-02-22) and split each
   * generic method into one method per value. `tags` targets exist from v2 on only.
   */
  relatedResources: readonly string[];
}

/**
 * Generic relationship methods of old versions: method name -> index of the related-resource
 * argument, plus the path template. v3 replaced them all with one method per related resource
 * (`getListRelationships(id, 'tags')` → `getListRelationshipsTags(id)`). Two names survived with
 * a new meaning: from v3, createListRelationships/deleteListRelationships take `(body, id)` (v6+:
 * `(id, body)`) and always target `profiles`; see NODE_SDK_ENDPOINT_CHANGES.
 * Method names are unique across groups, so the name alone identifies the entry.
 */
export const NODE_SDK_GENERIC_RELATIONSHIPS: Readonly<Record<string, NodeSdkGenericRelationship>> = {
  getCampaignRelationships: { argIndex: 1, method: 'GET', path: '/api/campaigns/{id}/relationships/{related_resource}', majors: [2], relatedResources: ['tags'] },
  createCatalogCategoryRelationships: { argIndex: 2, method: 'POST', path: '/api/catalog-categories/{id}/relationships/{related_resource}', majors: [1, 2], relatedResources: ['items'] },
  deleteCatalogCategoryRelationships: { argIndex: 2, method: 'DELETE', path: '/api/catalog-categories/{id}/relationships/{related_resource}', majors: [1, 2], relatedResources: ['items'] },
  getCatalogCategoryRelationships: { argIndex: 1, method: 'GET', path: '/api/catalog-categories/{id}/relationships/{related_resource}', majors: [1, 2], relatedResources: ['items'] },
  updateCatalogCategoryRelationships: { argIndex: 2, method: 'PATCH', path: '/api/catalog-categories/{id}/relationships/{related_resource}', majors: [1, 2], relatedResources: ['items'] },
  createCatalogItemRelationships: { argIndex: 2, method: 'POST', path: '/api/catalog-items/{id}/relationships/{related_resource}', majors: [1, 2], relatedResources: ['categories'] },
  deleteCatalogItemRelationships: { argIndex: 2, method: 'DELETE', path: '/api/catalog-items/{id}/relationships/{related_resource}', majors: [1, 2], relatedResources: ['categories'] },
  getCatalogItemRelationships: { argIndex: 1, method: 'GET', path: '/api/catalog-items/{id}/relationships/{related_resource}', majors: [1, 2], relatedResources: ['categories'] },
  updateCatalogItemRelationships: { argIndex: 2, method: 'PATCH', path: '/api/catalog-items/{id}/relationships/{related_resource}', majors: [1, 2], relatedResources: ['categories'] },
  getEventRelationships: { argIndex: 1, method: 'GET', path: '/api/events/{id}/relationships/{related_resource}', majors: [1, 2], relatedResources: ['metrics', 'profiles'] },
  getFlowActionRelationships: { argIndex: 1, method: 'GET', path: '/api/flow-actions/{id}/relationships/{related_resource}', majors: [1, 2], relatedResources: ['flow-messages', 'flow'] },
  getFlowMessageRelationships: { argIndex: 1, method: 'GET', path: '/api/flow-messages/{id}/relationships/{related_resource}', majors: [1, 2], relatedResources: ['flow-action'] },
  getFlowRelationships: { argIndex: 1, method: 'GET', path: '/api/flows/{id}/relationships/{related_resource}', majors: [1, 2], relatedResources: ['flow-actions', 'tags'] },
  createListRelationships: { argIndex: 2, method: 'POST', path: '/api/lists/{id}/relationships/{related_resource}', majors: [1, 2], relatedResources: ['profiles'] },
  deleteListRelationships: { argIndex: 2, method: 'DELETE', path: '/api/lists/{id}/relationships/{related_resource}', majors: [1, 2], relatedResources: ['profiles'] },
  getListRelationships: { argIndex: 1, method: 'GET', path: '/api/lists/{id}/relationships/{related_resource}', majors: [1, 2], relatedResources: ['profiles', 'tags'] },
  getProfileRelationships: { argIndex: 1, method: 'GET', path: '/api/profiles/{id}/relationships/{related_resource}', majors: [1, 2], relatedResources: ['lists', 'segments'] },
  getSegmentRelationships: { argIndex: 1, method: 'GET', path: '/api/segments/{id}/relationships/{related_resource}', majors: [1, 2], relatedResources: ['profiles', 'tags'] },
  createTagRelationships: { argIndex: 2, method: 'POST', path: '/api/tags/{id}/relationships/{related_resource}', majors: [2], relatedResources: ['campaigns', 'flows', 'lists', 'segments'] },
  deleteTagRelationships: { argIndex: 2, method: 'DELETE', path: '/api/tags/{id}/relationships/{related_resource}', majors: [2], relatedResources: ['campaigns', 'flows', 'lists', 'segments'] },
  getTagRelationships: { argIndex: 1, method: 'GET', path: '/api/tags/{id}/relationships/{related_resource}', majors: [2], relatedResources: ['tag-group', 'campaigns', 'flows', 'lists', 'segments'] },
  getTagGroupRelationships: { argIndex: 1, method: 'GET', path: '/api/tag-groups/{id}/relationships/{related_resource}', majors: [2], relatedResources: ['tags'] },
};

/** A rule placing `include` at a positional argument index for a method over a range of majors. */
export interface PositionalIncludeRule extends MajorRange {
  argIndex: number;
}

/**
 * For old versions using positional params: method name -> index of the `include` argument,
 * per major range. Deliberately empty: in every published major `include` is a property of the
 * trailing options object (`opts` in v1–v5, `options` in v6+), e.g.
 * `Profiles.getProfiles({ include: ['lists'] })`, `getProfile(id, { include: [...] })`; no method
 * of any major has a positional `include` parameter. The shape stays so a detector can consult it
 * uniformly if a future finding adds one.
 */
export const NODE_SDK_POSITIONAL_INCLUDE: Readonly<Record<string, readonly PositionalIncludeRule[]>> = {};

/** One meaning of an SDK method name over a range of majors. */
export interface NodeSdkEndpointVariant extends MajorRange {
  method: string;
  path: string;
  /** From this range on the name is a prototype alias of another method (same endpoint). */
  aliasOf?: string;
}

/**
 * Method names that called different HTTP endpoints in different majors (each version's
 * method -> (HTTP method, path) compared, aliases resolved to their target). Every other name
 * keeps one endpoint for as long as it exists. Beyond the generic relationship methods, the
 * changes follow API renames of the same operation (template clone/render moved to top-level
 * paths in v2; unsubscribe/unsuppress bulk jobs renamed in v5).
 */
export const NODE_SDK_ENDPOINT_CHANGES: Readonly<Record<string, readonly NodeSdkEndpointVariant[]>> = {
  createListRelationships: [
    { from: 1, to: 2, method: 'POST', path: '/api/lists/{id}/relationships/{related_resource}' },
    { from: 3, to: 14, method: 'POST', path: '/api/lists/{id}/relationships/profiles' },
    { from: 15, to: 23, method: 'POST', path: '/api/lists/{id}/relationships/profiles', aliasOf: 'addProfilesToList' },
  ],
  deleteListRelationships: [
    { from: 1, to: 2, method: 'DELETE', path: '/api/lists/{id}/relationships/{related_resource}' },
    { from: 3, to: 14, method: 'DELETE', path: '/api/lists/{id}/relationships/profiles' },
    { from: 15, to: 23, method: 'DELETE', path: '/api/lists/{id}/relationships/profiles', aliasOf: 'removeProfilesFromList' },
  ],
  // v1 signature (body, id); v2+ (body) with the template id in the body.
  createTemplateClone: [
    { from: 1, to: 1, method: 'POST', path: '/api/templates/{id}/clone' },
    { from: 2, to: 12, method: 'POST', path: '/api/template-clone' },
    { from: 13, to: 23, method: 'POST', path: '/api/template-clone', aliasOf: 'cloneTemplate' },
  ],
  createTemplateRender: [
    { from: 1, to: 1, method: 'POST', path: '/api/templates/{id}/render' },
    { from: 2, to: 12, method: 'POST', path: '/api/template-render' },
    { from: 13, to: 23, method: 'POST', path: '/api/template-render', aliasOf: 'renderTemplate' },
  ],
  unsubscribeProfiles: [
    { from: 1, to: 3, method: 'POST', path: '/api/profile-unsubscription-bulk-create-jobs' },
    { from: 5, to: 12, method: 'POST', path: '/api/profile-subscription-bulk-delete-jobs' },
    { from: 13, to: 23, method: 'POST', path: '/api/profile-subscription-bulk-delete-jobs', aliasOf: 'bulkUnsubscribeProfiles' },
  ],
  unsuppressProfiles: [
    { from: 1, to: 3, method: 'POST', path: '/api/profile-unsuppression-bulk-create-jobs' },
    { from: 5, to: 12, method: 'POST', path: '/api/profile-suppression-bulk-delete-jobs' },
    { from: 13, to: 23, method: 'POST', path: '/api/profile-suppression-bulk-delete-jobs', aliasOf: 'bulkUnsuppressProfiles' },
  ],
};

/**
 * Argument order of write methods flipped at v6: v1–v5 take the request body first
 * (`updateProfile(body, id)`, `createListRelationships(body, id)`), v6+ take the id first
 * (`updateProfile(id, profilePartialUpdateQuery)`). A detector reading an id argument must
 * use the index for the major.
 */
export const NODE_SDK_BODY_FIRST_MAJORS: MajorRange = { from: 1, to: 5 };
