// Klaviyo's official PHP SDK (Packagist klaviyo/api): the client wherever it lives (variables,
// `$this->klaviyo`, promoted/typed/doc-typed properties, factories, containers, required
// bootstrap files, PSR-4 classes), groups in variables, generated suffixes, aliases, method
// references, include arguments (named and positional), composer versions, look-alikes.

import { countCases, type Case } from './harness';
import { runPhpTable } from './php-cases';

const D = ['php-sdk-call'];
const USE = 'use KlaviyoAPI\\KlaviyoAPI;';
const NEW = `<?php\n${USE}\n$klaviyo = new KlaviyoAPI(getenv('KLAVIYO_KEY'));\n`;
const composer = (constraint: string): string => JSON.stringify({ require: { php: '>=8.1', 'klaviyo/api': constraint } });
const lock = (version: string): string => JSON.stringify({ packages: [{ name: 'guzzlehttp/guzzle', version: '7.8.1' }, { name: 'klaviyo/api', version }] });

const CLIENTS: Case[] = [
  {
    name: 'use + new KlaviyoAPI(getenv(...)) → keyEnv',
    files: `${NEW}$klaviyo->Profiles->getProfiles();`,
    expect: [{ operation: 'get_profiles', scopes: ['profiles:read'], kind: 'sdk', confidence: 'certain', keyEnv: 'KLAVIYO_KEY', alias: null, range: '$klaviyo->Profiles->getProfiles()', nameText: 'getProfiles', at: '4:1' }],
  },
  {
    name: 'fully-qualified new \\KlaviyoAPI\\KlaviyoAPI($_ENV[...]) without use',
    files: `<?php\n$k = new \\KlaviyoAPI\\KlaviyoAPI($_ENV['KLAVIYO_PRIVATE_KEY']);\n$k->Lists->getLists();`,
    expect: [{ operation: 'get_lists', scopes: ['lists:read'], keyEnv: 'KLAVIYO_PRIVATE_KEY', range: '$k->Lists->getLists()', at: '3:1' }],
  },
  {
    name: 'aliased import (use KlaviyoAPI\\KlaviyoAPI as Klaviyo), $_SERVER key',
    files: `<?php\nnamespace App;\n\nuse KlaviyoAPI\\KlaviyoAPI as Klaviyo;\n\n$api = new Klaviyo($_SERVER['KLAVIYO_KEY']);\n$api->Metrics->getMetrics();`,
    expect: [{ operation: 'get_metrics', scopes: ['metrics:read'], keyEnv: 'KLAVIYO_KEY', range: '$api->Metrics->getMetrics()', at: '7:1' }],
  },
  {
    name: 'group use (use KlaviyoAPI\\{KlaviyoAPI})',
    files: `<?php\nuse KlaviyoAPI\\{KlaviyoAPI};\n$k = new KlaviyoAPI('pk_x');\n$k->Segments->getSegments();`,
    expect: [{ operation: 'get_segments', scopes: ['segments:read'], keyEnv: null, range: '$k->Segments->getSegments()', at: '4:1' }],
  },
  {
    name: 'named constructor args (README style) with Laravel env()',
    files: `<?php\n${USE}\n$klaviyo = new KlaviyoAPI(\n    env('KLAVIYO_API_KEY'),\n    num_retries: 3,\n    guzzle_options: [],\n    user_agent_suffix: "/MyApp");\n$response = $klaviyo->Metrics->getMetrics();`,
    expect: [{ operation: 'get_metrics', scopes: ['metrics:read'], keyEnv: 'KLAVIYO_API_KEY', range: '$klaviyo->Metrics->getMetrics()', at: '8:13' }],
  },
  {
    name: 'key read into a variable first',
    files: `<?php\n${USE}\n$key = getenv('KLAVIYO_KEY') ?: '';\n$klaviyo = new KlaviyoAPI($key, $num_retries = 3, $wait_seconds = 3);\n$klaviyo->Events->createEvent($body);`,
    expect: [{ operation: 'create_event', scopes: ['events:write'], keyEnv: 'KLAVIYO_KEY', range: '$klaviyo->Events->createEvent($body)', at: '5:1' }],
  },
  {
    name: 'api_key named argument',
    files: `<?php\n${USE}\n$k = new KlaviyoAPI(api_key: getenv('KEY_A'));\n$k->Tags->getTags();`,
    expect: [{ operation: 'get_tags', scopes: ['tags:read'], keyEnv: 'KEY_A', range: '$k->Tags->getTags()' }],
  },
  {
    name: 'a group held in a variable',
    files: `${NEW}$profiles = $klaviyo->Profiles;\n$profiles->createProfile($body);\n$profiles->updateProfile($id, $body);`,
    expect: [
      { operation: 'create_profile', scopes: ['profiles:write'], keyEnv: 'KLAVIYO_KEY', range: '$profiles->createProfile($body)', at: '5:1' },
      { operation: 'update_profile', scopes: ['profiles:write'], range: '$profiles->updateProfile($id, $body)', at: '6:1' },
    ],
  },
  {
    name: 'client chosen in if/else branches (joined: keyEnv unknown)',
    files: `<?php\n${USE}\nif ($sandbox) {\n  $k = new KlaviyoAPI(getenv('SANDBOX_KEY'));\n} else {\n  $k = new KlaviyoAPI(getenv('PROD_KEY'));\n}\n$k->Flows->getFlows();`,
    expect: [{ operation: 'get_flows', scopes: ['flows:read'], keyEnv: null, range: '$k->Flows->getFlows()', at: '8:1' }],
  },
  {
    name: 'nullsafe calls',
    files: `${NEW}$klaviyo?->Profiles?->getProfiles();`,
    expect: [{ operation: 'get_profiles', scopes: ['profiles:read'], range: '$klaviyo?->Profiles?->getProfiles()', at: '4:1' }],
  },
  {
    name: 'inside a closure (use ($klaviyo)) and an arrow function',
    files: `${NEW}$a = function () use ($klaviyo) { return $klaviyo->Lists->getLists(); };\n$b = fn($id) => $klaviyo->Lists->getList($id);`,
    expect: [
      { operation: 'get_lists', scopes: ['lists:read'], range: '$klaviyo->Lists->getLists()', at: '4:42', keyEnv: 'KLAVIYO_KEY' },
      { operation: 'get_list', scopes: ['lists:read'], range: '$klaviyo->Lists->getList($id)', at: '5:17', keyEnv: 'KLAVIYO_KEY' },
    ],
  },
  {
    name: 'KlaviyoAPI\\API\\ProfilesApi constructed directly',
    files: `<?php\nuse KlaviyoAPI\\API\\ProfilesApi;\n$api = new ProfilesApi(new \\GuzzleHttp\\Client(), $config);\n$api->getProfile('01H');`,
    expect: [{ operation: 'get_profile', scopes: ['profiles:read'], range: "$api->getProfile('01H')", at: '4:1' }],
  },
];

const CLASSES: Case[] = [
  {
    name: '$this->klaviyo assigned in the constructor',
    files: `<?php\n${USE}\nclass Sync {\n    private $klaviyo;\n    public function __construct() {\n        $this->klaviyo = new KlaviyoAPI(getenv('KLAVIYO_KEY'));\n    }\n    public function run() {\n        return $this->klaviyo->Profiles->getProfiles();\n    }\n}`,
    expect: [{ operation: 'get_profiles', scopes: ['profiles:read'], keyEnv: 'KLAVIYO_KEY', range: '$this->klaviyo->Profiles->getProfiles()', at: '9:16' }],
  },
  {
    name: 'promoted constructor property (private KlaviyoAPI $klaviyo)',
    files: `<?php\nnamespace App\\Services;\n\n${USE}\n\nfinal class Newsletter {\n    public function __construct(private readonly KlaviyoAPI $klaviyo) {}\n    public function subscribe(array $body): void {\n        $this->klaviyo->Profiles->subscribeProfiles($body);\n    }\n}`,
    expect: [{ operation: 'bulk_subscribe_profiles', scopes: ['lists:write', 'profiles:write', 'subscriptions:write'], alias: { used: 'subscribeProfiles', current: 'bulkSubscribeProfiles' }, range: '$this->klaviyo->Profiles->subscribeProfiles($body)', at: '9:9' }],
  },
  {
    name: 'typed property set from a typed constructor parameter',
    files: `<?php\n${USE}\nclass Exporter {\n    private KlaviyoAPI $client;\n    public function __construct(KlaviyoAPI $client) { $this->client = $client; }\n    public function lists() { return $this->client->Lists->getLists(); }\n}`,
    expect: [{ operation: 'get_lists', scopes: ['lists:read'], range: '$this->client->Lists->getLists()', at: '6:38' }],
  },
  {
    name: 'doc-typed property (@var KlaviyoAPI)',
    files: `<?php\n${USE}\nclass Legacy {\n    /** @var KlaviyoAPI */\n    protected $api;\n    public function metrics() { return $this->api->Metrics->getMetrics(); }\n}`,
    expect: [{ operation: 'get_metrics', scopes: ['metrics:read'], range: '$this->api->Metrics->getMetrics()', at: '6:40' }],
  },
  {
    name: 'doc-typed parameter (@param KlaviyoAPI $k)',
    files: `<?php\n${USE}\n/**\n * @param KlaviyoAPI $k\n */\nfunction campaigns($k) {\n    return $k->Campaigns->getCampaigns("equals(messages.channel,'email')");\n}`,
    expect: [{ operation: 'get_campaigns', scopes: ['campaigns:read'], range: `$k->Campaigns->getCampaigns("equals(messages.channel,'email')")`, at: '7:12' }],
  },
  {
    name: 'static factory method returning the client',
    files: `<?php\n${USE}\nclass KlaviyoFactory {\n    public static function make(): KlaviyoAPI {\n        return new KlaviyoAPI(getenv('FACTORY_KEY'));\n    }\n}\nKlaviyoFactory::make()->Profiles->getProfiles();\n$k = KlaviyoFactory::make();\n$k->Lists->getLists();`,
    expect: [
      { operation: 'get_profiles', scopes: ['profiles:read'], keyEnv: 'FACTORY_KEY', range: 'KlaviyoFactory::make()->Profiles->getProfiles()', at: '8:1' },
      { operation: 'get_lists', scopes: ['lists:read'], keyEnv: 'FACTORY_KEY', range: '$k->Lists->getLists()', at: '10:1' },
    ],
  },
  {
    name: 'memoized static client (self::$client ??= new KlaviyoAPI(…))',
    files: `<?php\n${USE}\nfinal class K {\n    private static ?KlaviyoAPI $client = null;\n    public static function client(): KlaviyoAPI { return self::$client ??= new KlaviyoAPI(getenv('SINGLETON_KEY')); }\n}\nK::client()->Lists->getLists();`,
    expect: [{ operation: 'get_lists', scopes: ['lists:read'], keyEnv: 'SINGLETON_KEY', range: 'K::client()->Lists->getLists()', at: '7:1' }],
  },
  {
    name: 'self:: factory with the key passed as an argument',
    files: `<?php\n${USE}\nclass Jobs {\n    private static function client(string $key) { return new KlaviyoAPI($key); }\n    public function handle() {\n        $k = self::client(getenv('JOBS_KEY'));\n        $k->Events->getEvents();\n    }\n}`,
    expect: [{ operation: 'get_events', scopes: ['events:read'], keyEnv: 'JOBS_KEY', range: '$k->Events->getEvents()', at: '7:9' }],
  },
  {
    name: 'function declared to return KlaviyoAPI',
    files: `<?php\n${USE}\nfunction klaviyo(): KlaviyoAPI { return $GLOBALS['klaviyo']; }\nklaviyo()->Templates->getTemplates();`,
    expect: [{ operation: 'get_templates', scopes: ['templates:read'], range: 'klaviyo()->Templates->getTemplates()', at: '4:1' }],
  },
  {
    name: 'Laravel container: app(KlaviyoAPI::class) and App::make(KlaviyoAPI::class)',
    files: `<?php\n${USE}\nuse Illuminate\\Support\\Facades\\App;\napp(KlaviyoAPI::class)->Metrics->getMetrics();\nApp::make(KlaviyoAPI::class)->Accounts->getAccounts();`,
    expect: [
      { operation: 'get_metrics', scopes: ['metrics:read'], range: 'app(KlaviyoAPI::class)->Metrics->getMetrics()', at: '4:1' },
      { operation: 'get_accounts', scopes: ['accounts:read'], range: 'App::make(KlaviyoAPI::class)->Accounts->getAccounts()', at: '5:1' },
    ],
  },
  {
    name: 'client created in a required bootstrap file',
    files: {
      'src/bootstrap.php': `<?php\n${USE}\n$klaviyo = new KlaviyoAPI(getenv('BOOT_KEY'));`,
      'src/app.php': `<?php\nrequire_once __DIR__ . '/bootstrap.php';\n$klaviyo->Coupons->getCoupons();`,
    },
    expect: [{ operation: 'get_coupons', scopes: ['coupons:read'], keyEnv: 'BOOT_KEY', file: 'src/app.php', range: '$klaviyo->Coupons->getCoupons()', at: '3:1' }],
  },
  {
    name: 'client from a PSR-4 class in another file (composer.json autoload)',
    files: {
      'composer.json': JSON.stringify({ require: { 'klaviyo/api': '^19.0' }, autoload: { 'psr-4': { 'App\\': 'src/' } } }),
      'src/Support/Klaviyo.php': `<?php\nnamespace App\\Support;\n${USE}\nclass Klaviyo {\n    public static function client(): KlaviyoAPI { return new KlaviyoAPI(getenv('PSR_KEY')); }\n}`,
      'src/Http/Controller.php': `<?php\nnamespace App\\Http;\nuse App\\Support\\Klaviyo;\nclass Controller {\n    public function index() { return Klaviyo::client()->Lists->getLists(); }\n}`,
    },
    expect: [{ operation: 'get_lists', scopes: ['lists:read'], keyEnv: 'PSR_KEY', file: 'src/Http/Controller.php', range: 'Klaviyo::client()->Lists->getLists()', at: '5:38' }],
  },
  {
    name: 'Laravel config() reading env() in config/services.php → keyEnv',
    files: {
      'config/services.php': `<?php\nreturn [\n    'klaviyo' => ['private_key' => env('KLAVIYO_PRIVATE_KEY'), 'list' => 'Xy12'],\n];`,
      'app/Jobs/SyncProfiles.php': `<?php\nnamespace App\\Jobs;\n${USE}\nclass SyncProfiles {\n    public function handle() {\n        $klaviyo = new KlaviyoAPI(config('services.klaviyo.private_key'));\n        $klaviyo->Lists->getList(config('services.klaviyo.list'));\n    }\n}`,
    },
    expect: [{ operation: 'get_list', scopes: ['lists:read'], keyEnv: 'KLAVIYO_PRIVATE_KEY', file: 'app/Jobs/SyncProfiles.php', range: "$klaviyo->Lists->getList(config('services.klaviyo.list'))", at: '7:9' }],
  },
  {
    name: 'global $klaviyo inside a function, set at file level after it',
    files: `<?php\n${USE}\nfunction kl_lists() {\n    global $klaviyo;\n    return $klaviyo->Lists->getLists();\n}\n$klaviyo = new KlaviyoAPI(getenv('WP_KEY'));`,
    expect: [{ operation: 'get_lists', scopes: ['lists:read'], keyEnv: 'WP_KEY', range: '$klaviyo->Lists->getLists()', at: '5:12' }],
  },
  {
    name: 'factory class in a file beside this one (no composer autoload)',
    files: {
      'src/KlaviyoFactory.php': `<?php\n${USE}\nclass KlaviyoFactory {\n    public static function make() { return new KlaviyoAPI($_ENV['FACTORY_KEY']); }\n}`,
      'src/app.php': `<?php\n$lists = KlaviyoFactory::make()->Lists;\n$lists->getListTags('L1');`,
    },
    expect: [{ operation: 'get_tags_for_list', scopes: ['lists:read', 'tags:read'], keyEnv: 'FACTORY_KEY', file: 'src/app.php', range: "$lists->getListTags('L1')", at: '3:1' }],
  },
  {
    name: 'columns count UTF-16 code units (accents and an emoji before the call)',
    files: `${NEW}// Résumé 😀\n$msg = 'héllo 😀'; $klaviyo->Lists->getLists();`,
    expect: [{ operation: 'get_lists', scopes: ['lists:read'], range: '$klaviyo->Lists->getLists()', at: '5:20' }],
  },
  {
    name: 'untyped parameter in a file that imports the SDK → likely',
    files: `<?php\n${USE}\nfunction sync($klaviyo) {\n    $klaviyo->Profiles->getProfiles();\n}`,
    expect: [{ operation: 'get_profiles', scopes: ['profiles:read'], confidence: 'likely', range: '$klaviyo->Profiles->getProfiles()', at: '4:5' }],
  },
];

const NAMES: Case[] = [
  {
    name: 'generated suffixes: WithHttpInfo, Async, AsyncWithHttpInfo, Request',
    files: `${NEW}$klaviyo->Lists->getListsWithHttpInfo();\n$klaviyo->Lists->getListAsync('L1');\n$klaviyo->Lists->createListAsyncWithHttpInfo($body);\n$klaviyo->Lists->deleteListRequest('L1');`,
    expect: [
      { operation: 'get_lists', scopes: ['lists:read'], range: '$klaviyo->Lists->getListsWithHttpInfo()', nameText: 'getListsWithHttpInfo', at: '4:1' },
      { operation: 'get_list', scopes: ['lists:read'], range: "$klaviyo->Lists->getListAsync('L1')", at: '5:1' },
      { operation: 'create_list', scopes: ['lists:write'], range: '$klaviyo->Lists->createListAsyncWithHttpInfo($body)', at: '6:1' },
      { operation: 'delete_list', scopes: ['lists:write'], range: "$klaviyo->Lists->deleteListRequest('L1')", at: '7:1' },
    ],
  },
  {
    name: 'deprecated alias names the current method',
    files: `${NEW}$klaviyo->Lists->createListRelationships('L1', $body);`,
    expect: [{ operation: 'add_profiles_to_list', scopes: ['lists:write', 'profiles:write'], alias: { used: 'createListRelationships', current: 'addProfilesToList' }, range: "$klaviyo->Lists->createListRelationships('L1', $body)" }],
  },
  {
    name: 'v2–v10 relationship name (getProfileRelationshipsLists)',
    files: `${NEW}$klaviyo->Profiles->getProfileRelationshipsLists('01H');`,
    expect: [{ operation: 'get_list_ids_for_profile', scopes: ['lists:read', 'profiles:read'], alias: { used: 'getProfileRelationshipsLists', current: 'getListIdsForProfile' }, range: "$klaviyo->Profiles->getProfileRelationshipsLists('01H')" }],
  },
  {
    name: 'v1 generic relationship method with a literal related resource',
    files: `${NEW}$klaviyo->Profiles->getProfileRelationships('01H', 'segments');`,
    expect: [{ operation: 'get_segment_ids_for_profile', scopes: ['profiles:read', 'segments:read'], range: "$klaviyo->Profiles->getProfileRelationships('01H', 'segments')" }],
  },
  {
    name: 'operation Klaviyo retired: reported without scopes',
    files: `${NEW}$klaviyo->Events->getEventMetrics('E1');`,
    expect: [{ operation: null, kind: 'sdk', scopes: [], note: 'retired', range: "$klaviyo->Events->getEventMetrics('E1')" }],
  },
  {
    name: 'v1–v3 Client group: /client/ endpoints need no private-key scope',
    files: `${NEW}$klaviyo->Client->createClientSubscription($body, 'PUBLIC_ID');`,
    expect: [{ operation: 'create_client_subscription', kind: 'client', scopes: [], range: "$klaviyo->Client->createClientSubscription($body, 'PUBLIC_ID')" }],
  },
  {
    name: 'composer.lock pins 1.0.x (revision 2022-10-17): createListRelationships is the generic method',
    files: { 'composer.json': composer('^1.0'), 'composer.lock': lock('1.0.2'), 'src/app.php': `${NEW}$klaviyo->Lists->createListRelationships($body, 'L1', 'profiles');` },
    expect: [{ operation: 'add_profiles_to_list', scopes: ['lists:write', 'profiles:write'], confidence: 'certain', alias: null, range: "$klaviyo->Lists->createListRelationships($body, 'L1', 'profiles')" }],
  },
  {
    name: 'composer.lock pins 1.0.x: without a literal resource the generic method stays unresolved',
    files: { 'composer.json': composer('^1.0'), 'composer.lock': lock('v1.0.0'), 'src/app.php': `${NEW}$klaviyo->Lists->createListRelationships($body, 'L1', $rel);` },
    expect: [{ operation: null, confidence: 'unresolved', candidatesInclude: ['add_profiles_to_list'], range: "$klaviyo->Lists->createListRelationships($body, 'L1', $rel)" }],
  },
  {
    name: 'composer.json ^19.0 (no lock): today\'s names',
    files: { 'composer.json': composer('^19.0'), 'src/app.php': `${NEW}$klaviyo->Lists->createListRelationships('L1', $body);` },
    expect: [{ operation: 'add_profiles_to_list', scopes: ['lists:write', 'profiles:write'], confidence: 'certain', range: "$klaviyo->Lists->createListRelationships('L1', $body)" }],
  },
];

const REFERENCES: Case[] = [
  {
    name: 'method reference as a callable array counts at the reference',
    files: `${NEW}$fetch = [$klaviyo->Lists, 'getLists'];\n$result = $fetch();`,
    expect: [{ operation: 'get_lists', scopes: ['lists:read'], keyEnv: 'KLAVIYO_KEY', range: "[$klaviyo->Lists, 'getLists']", nameText: "'getLists'", at: '4:10' }],
  },
  {
    name: 'call_user_func with a callable array: reported once',
    files: `${NEW}call_user_func([$klaviyo->Profiles, 'getProfile'], '01H');`,
    expect: [{ operation: 'get_profile', scopes: ['profiles:read'], range: "[$klaviyo->Profiles, 'getProfile']", at: '4:16' }],
  },
  {
    name: 'callable array from a group variable, array_map',
    files: `${NEW}$lists = $klaviyo->Lists;\narray_map([$lists, 'getList'], $ids);`,
    expect: [{ operation: 'get_list', scopes: ['lists:read'], range: "[$lists, 'getList']", at: '5:11' }],
  },
  {
    name: 'first-class callable syntax',
    files: `${NEW}$get = $klaviyo->Segments->getSegments(...);`,
    expect: [{ operation: 'get_segments', scopes: ['segments:read'], range: '$klaviyo->Segments->getSegments(...)', at: '4:8' }],
  },
];

const INCLUDES: Case[] = [
  {
    name: 'named include: adds the included resource scope',
    files: `${NEW}$klaviyo->Profiles->getProfile('01F3ZZ', additional_fields_profile: ['predictive_analytics'], include: ['lists']);`,
    expect: [{ operation: 'get_profile', scopes: ['lists:read', 'profiles:read'], includeScopes: ['lists:read'], range: "$klaviyo->Profiles->getProfile('01F3ZZ', additional_fields_profile: ['predictive_analytics'], include: ['lists'])" }],
  },
  {
    name: 'named include from a variable and a class constant',
    files: `<?php\n${USE}\nclass Q {\n    const INC = ['tags', 'flow-triggers'];\n    public function run(KlaviyoAPI $k) {\n        $inc = ['lists'];\n        $k->Profiles->getProfile($id, include: $inc);\n        $k->Lists->getLists(include: self::INC);\n    }\n}`,
    expect: [
      { operation: 'get_profile', scopes: ['lists:read', 'profiles:read'], includeScopes: ['lists:read'], range: '$k->Profiles->getProfile($id, include: $inc)', at: '7:9' },
      { operation: 'get_lists', includeScopes: ['flows:read', 'tags:read'], scopes: ['flows:read', 'lists:read', 'tags:read'], range: '$k->Lists->getLists(include: self::INC)', at: '8:9' },
    ],
  },
  {
    name: 'positional include: the array whose strings are all include values',
    files: `${NEW}$klaviyo->Profiles->getProfile($id, null, null, null, null, ['segments']);`,
    expect: [{ operation: 'get_profile', scopes: ['profiles:read', 'segments:read'], includeScopes: ['segments:read'], range: "$klaviyo->Profiles->getProfile($id, null, null, null, null, ['segments'])" }],
  },
  {
    name: 'positional arrays of field names are not include values',
    files: `${NEW}$klaviyo->Profiles->getProfiles(['email', 'first_name']);`,
    expect: [{ operation: 'get_profiles', includeScopes: [], scopes: ['profiles:read'], range: "$klaviyo->Profiles->getProfiles(['email', 'first_name'])" }],
  },
  {
    name: 'event include on getEvents',
    files: `${NEW}$klaviyo->Events->getEvents(include: ['metric', 'profile']);`,
    expect: [{ operation: 'get_events', scopes: ['events:read', 'metrics:read', 'profiles:read'], includeScopes: ['metrics:read', 'profiles:read'], range: "$klaviyo->Events->getEvents(include: ['metric', 'profile'])" }],
  },
];

const NEGATIVE: Case[] = [
  { name: 'getProfiles() on an unrelated object', files: `<?php\n$repo = new UserRepository();\n$repo->getProfiles();\n$this->profiles->getProfiles();`, expect: [] },
  { name: 'group-like chain on an object of another class, file without the SDK import', files: `<?php\n$api = new SomeApi();\n$api->Profiles->getProfiles();\n$x->Profiles->getProfiles();`, expect: [] },
  { name: 'SDK named only in comments and strings', files: `<?php\n// $klaviyo->Profiles->getProfiles();\n/* new KlaviyoAPI($k) */\n$doc = '$klaviyo->Lists->getLists()';\necho "see https://a.klaviyo.com/api/profiles";`, expect: [] },
  { name: 'non-group property of the client', files: `${NEW}$klaviyo->config->setApiKey('Authorization', 'x');\n$klaviyo->guzzle_options;`, expect: [] },
  { name: 'a method the SDK does not have', files: `${NEW}$klaviyo->Profiles->getProfilez();\n$klaviyo->Profiles->__toString();`, expect: [] },
  { name: 'a project class that happens to be called KlaviyoAPI', files: `<?php\nnamespace App;\nuse App\\Clients\\KlaviyoAPI;\n$k = new KlaviyoAPI();\n$k->Profiles->getProfiles();`, expect: [] },
  { name: 'variable re-assigned to another class before the call', files: `${NEW}$klaviyo = new ProfileRepository();\n$klaviyo->Profiles->getProfiles();`, expect: [] },
  { name: 'parameter typed with another class, file imports the SDK', files: `<?php\n${USE}\nfunction f(Repository $klaviyo) { $klaviyo->Profiles->getProfiles(); }`, expect: [] },
  { name: 'JS snippet in a PHP template', files: `<?php $id = 'ABC'; ?>\n<script src="https://static.klaviyo.com/onsite/js/klaviyo.js?company_id=<?= $id ?>"></script>\n<script>\n  klaviyo.push(['identify', {email: 'a@b.co'}]);\n  var _learnq = _learnq || []; _learnq.push(['track', 'Viewed']);\n</script>`, expect: [] },
  { name: 'SDK model classes and a method name read without a call', files: `${NEW}$body = new \\KlaviyoAPI\\Model\\ProfileCreateQuery(['data' => []]);\n$name = 'getProfiles';\n$group = $klaviyo->Profiles;\necho $klaviyo->Profiles->getProfiles;`, expect: [] },
  { name: '$this->klaviyo typed as a project wrapper class', files: `<?php\n${USE}\nclass Wrapper { public function getProfiles() { return []; } }\nclass C {\n    public function __construct(private Wrapper $klaviyo) {}\n    public function f() { return $this->klaviyo->getProfiles(); }\n}`, expect: [] },
  { name: 'echoed script tags with the onsite JS API', files: `<?php\nadd_action('wp_footer', function () {\n    echo "<script>klaviyo.push(['identify', {email: '" . esc_js($email) . "'}]);</script>";\n    echo '<script async src="https://static.klaviyo.com/onsite/js/klaviyo.js?company_id=ABC"></script>';\n});`, expect: [] },
  { name: 'callable array naming a non-SDK method or object', files: `${NEW}$a = [$repo, 'getLists'];\n$b = [$klaviyo->Lists, 'nope'];\n$c = [$klaviyo, 'getLists'];`, expect: [] },
];

const ALL = runPhpTable('php-sdk-call', [...CLIENTS, ...CLASSES, ...NAMES, ...REFERENCES, ...INCLUDES, ...NEGATIVE], D, { kind: 'sdk', confidence: 'certain' });
export const counts = countCases(ALL);
