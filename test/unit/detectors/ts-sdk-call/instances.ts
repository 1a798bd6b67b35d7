// Where instances live: class fields, parameter properties, this-assignments, object literals.
import type { Case } from '../harness';
import { IMPORT, S } from './shared';

// ---- where instances live -----------------------------------------------------------------
export const INSTANCES: Case[] = [
  {
    name: 'class field initialised with new',
    files: `${IMPORT}
export class ProfileService {
  private api = new ProfilesApi(${S});
  list() {
    return this.api.getProfiles();
  }
}`,
    expect: [{ operation: 'get_profiles', keyEnv: 'KLAVIYO_KEY', range: 'this.api.getProfiles()', at: '5:12' }],
  },
  {
    name: 'typed class field assigned in the constructor',
    files: `import { ApiKeySession, ListsApi } from 'klaviyo-api';
export class ListService {
  private readonly lists: ListsApi;
  constructor() {
    this.lists = new ListsApi(${S});
  }
  all() {
    return this.lists.getLists();
  }
}`,
    expect: [{ operation: 'get_lists', keyEnv: 'KLAVIYO_KEY', range: 'this.lists.getLists()', at: '8:12' }],
  },
  {
    name: 'constructor parameter property (private lists: ListsApi)',
    files: `import { ListsApi } from 'klaviyo-api';
export class Newsletter {
  constructor(private lists: ListsApi) {}
  async subscribers(id: string) {
    return this.lists.getProfilesForList(id);
  }
}`,
    expect: [{ operation: 'get_profiles_for_list', scopes: ['lists:read', 'profiles:read'], range: 'this.lists.getProfilesForList(id)', at: '5:12' }],
  },
  {
    name: 'readonly parameter property, class constructed elsewhere with a session',
    files: `import { ApiKeySession, EventsApi } from 'klaviyo-api';
class Tracker {
  constructor(readonly events: EventsApi) {}
  track() {
    return this.events.createEvent({} as any);
  }
}
new Tracker(new EventsApi(${S})).track();`,
    expect: [{ operation: 'create_event', range: 'this.events.createEvent({} as any)', at: '5:12' }],
  },
  {
    name: 'constructor assigns this.api = new ProfilesApi(s)',
    files: `${IMPORT}
export class Crm {
  api;
  constructor(key: string) {
    this.api = new ProfilesApi(new ApiKeySession(key));
  }
  find(email: string) {
    return this.api.getProfiles({ filter: \`equals(email,"\${email}")\` });
  }
}`,
    expect: [{ operation: 'get_profiles', range: 'this.api.getProfiles({ filter: `equals(email,"${email}")` })', at: '8:12' }],
  },
  {
    name: 'assignment in an init method',
    files: `import { ApiKeySession, SegmentsApi } from 'klaviyo-api';
class Audience {
  private segments?: SegmentsApi;
  init() {
    this.segments = new SegmentsApi(${S});
  }
  load() {
    return this.segments?.getSegments();
  }
}`,
    expect: [{ operation: 'get_segments', range: 'this.segments?.getSegments()', at: '8:12' }],
  },
  {
    name: 'getter returning a new client',
    files: `import { ApiKeySession, TagsApi } from 'klaviyo-api';
class Clients {
  get tags() {
    return new TagsApi(${S});
  }
}
new Clients().tags.getTags();`,
    expect: [{ operation: 'get_tags', range: 'new Clients().tags.getTags()', at: '7:1' }],
  },
  {
    name: 'static class field',
    files: `${IMPORT}
export class Klaviyo {
  static profiles = new ProfilesApi(${S});
}
Klaviyo.profiles.getProfiles();`,
    expect: [{ operation: 'get_profiles', range: 'Klaviyo.profiles.getProfiles()', at: '5:1' }],
  },
  {
    name: 'method of a subclass calling an inherited field',
    files: `${IMPORT}
class Base {
  protected api = new ProfilesApi(${S});
}
class Child extends Base {
  run() {
    return this.api.getProfile('1');
  }
}`,
    expect: [{ operation: 'get_profile', range: "this.api.getProfile('1')", at: '7:12' }],
  },
  {
    name: 'user class extending an SDK class inherits its methods (session passed through)',
    files: `${IMPORT}
class Profiles extends ProfilesApi {
  async byEmail(email: string) {
    return this.getProfiles({ filter: \`equals(email,"\${email}")\` });
  }
}
new Profiles(${S}).getProfile('1');`,
    expect: [
      { operation: 'get_profiles', range: 'this.getProfiles({ filter: `equals(email,"${email}")` })', at: '4:12' },
      { operation: 'get_profile', keyEnv: 'KLAVIYO_KEY', range: `new Profiles(${S}).getProfile('1')`, at: '7:1' },
    ],
  },
  {
    name: 'ES private field #api',
    files: `${IMPORT}
class Sync {
  #api = new ProfilesApi(${S});
  run() {
    return this.#api.getProfiles();
  }
}`,
    expect: [{ operation: 'get_profiles', range: 'this.#api.getProfiles()', at: '5:12' }],
  },
  {
    name: 'constructor parameter property with a default client',
    files: `${IMPORT}
export class Sync {
  constructor(private readonly api = new ProfilesApi(${S})) {}
  run() {
    return this.api.getProfiles();
  }
}`,
    expect: [{ operation: 'get_profiles', keyEnv: 'KLAVIYO_KEY', range: 'this.api.getProfiles()', at: '5:12' }],
  },
  {
    name: 'this inside a method of an object literal',
    files: `import { ApiKeySession, ListsApi } from 'klaviyo-api';
export const service = {
  lists: new ListsApi(${S}),
  load() {
    return this.lists.getLists();
  },
};`,
    expect: [{ operation: 'get_lists', range: 'this.lists.getLists()', at: '5:12' }],
  },
  {
    name: 'object literal of clients',
    files: `${IMPORT}
const s = ${S};
const clients = { profiles: new ProfilesApi(s) };
clients.profiles.getProfiles();`,
    expect: [{ operation: 'get_profiles', keyEnv: 'KLAVIYO_KEY', range: 'clients.profiles.getProfiles()', at: '4:1' }],
  },
  {
    name: 'nested object literal and shorthand property',
    files: `import { ApiKeySession, ListsApi, ProfilesApi } from 'klaviyo-api';
const s = ${S};
const lists = new ListsApi(s);
const klaviyo = { api: { lists, profiles: new ProfilesApi(s) } };
klaviyo.api.lists.getLists();
klaviyo.api.profiles.getProfiles();`,
    expect: [
      { operation: 'get_lists', range: 'klaviyo.api.lists.getLists()', at: '5:1' },
      { operation: 'get_profiles', range: 'klaviyo.api.profiles.getProfiles()', at: '6:1' },
    ],
  },
  {
    name: 'object literal with a spread of another client map',
    files: `import { ApiKeySession, ListsApi } from 'klaviyo-api';
const base = { lists: new ListsApi(${S}) };
const all = { ...base, name: 'x' };
all.lists.getList('L1');`,
    expect: [{ operation: 'get_list', range: "all.lists.getList('L1')", at: '4:1' }],
  },
];
