// Retired PHP SDKs for Klaviyo's v1/v2 API: klaviyo/php-sdk (`Klaviyo\Klaviyo`), klaviyo/sdk
// (`Klaviyo\Client`) and the original global `Klaviyo` class, each reported as legacy with the
// operation that replaces it; look-alike classes are not.

import { countCases, type Case } from './harness';
import { runPhpTable } from './php-cases';

const D = ['php-legacy-sdk', 'php-sdk-call'];
const PHP_SDK = `<?php\nuse Klaviyo\\Klaviyo as Klaviyo;\n$client = new Klaviyo(getenv('KLAVIYO_PRIVATE'), 'PUBLIC_KEY');\n`;

const CASES: Case[] = [
  {
    name: 'klaviyo/php-sdk publicAPI->track',
    files: `${PHP_SDK}$client->publicAPI->track($event);`,
    expect: [{ operation: null, kind: 'legacy', confidence: 'certain', replacement: 'create_event', keyEnv: 'KLAVIYO_PRIVATE', scopes: [], note: 'klaviyo/php-sdk', range: '$client->publicAPI->track($event)', nameText: 'track', at: '4:1' }],
  },
  {
    name: 'klaviyo/php-sdk publicAPI->identify',
    files: `${PHP_SDK}$client->publicAPI->identify($profile);`,
    expect: [{ operation: null, kind: 'legacy', replacement: 'create_or_update_profile', range: '$client->publicAPI->identify($profile)' }],
  },
  {
    name: 'klaviyo/php-sdk lists and metrics groups',
    files: `${PHP_SDK}$client->lists->addMembersToList('L1', $profiles);\n$client->lists->getLists();\n$client->metrics->getMetricsTimeline();\n$client->lists->subscribeMemberstoList('L1', $profiles);`,
    expect: [
      { operation: null, kind: 'legacy', replacement: 'add_profiles_to_list', range: "$client->lists->addMembersToList('L1', $profiles)", at: '4:1' },
      { operation: null, kind: 'legacy', replacement: 'get_lists', range: '$client->lists->getLists()', at: '5:1' },
      { operation: null, kind: 'legacy', replacement: 'get_events', range: '$client->metrics->getMetricsTimeline()', at: '6:1' },
      { operation: null, kind: 'legacy', replacement: 'bulk_subscribe_profiles', range: "$client->lists->subscribeMemberstoList('L1', $profiles)", at: '7:1' },
    ],
  },
  {
    name: 'klaviyo/php-sdk profiles group, fully-qualified class',
    files: `<?php\n$k = new \\Klaviyo\\Klaviyo($private, $public);\n$k->profiles->getProfile('01H');\n$k->profiles->updateProfile('01H', ['$city' => 'Boston']);`,
    expect: [
      { operation: null, kind: 'legacy', replacement: 'get_profile', range: "$k->profiles->getProfile('01H')", at: '3:1' },
      { operation: null, kind: 'legacy', replacement: 'update_profile', range: "$k->profiles->updateProfile('01H', ['$city' => 'Boston'])", at: '4:1' },
    ],
  },
  {
    name: 'a group method the shared table does not know: legacy without replacement',
    files: `${PHP_SDK}$client->lists->checkSomething('L1');`,
    expect: [{ operation: null, kind: 'legacy', replacement: null, range: "$client->lists->checkSomething('L1')" }],
  },
  {
    name: 'klaviyo/sdk (Klaviyo\\Client): same-looking names are v1/v2 calls',
    files: `<?php\nuse Klaviyo\\Client;\n$client = new Client(getenv('OLD_KEY'));\n$client->Metrics->getMetrics();\n$client->Profiles->getProfile($personId);`,
    expect: [
      { operation: null, kind: 'legacy', replacement: 'get_metrics', note: 'klaviyo/sdk', keyEnv: 'OLD_KEY', range: '$client->Metrics->getMetrics()', at: '4:1' },
      { operation: null, kind: 'legacy', replacement: 'get_profile', range: '$client->Profiles->getProfile($personId)', at: '5:1' },
    ],
  },
  {
    name: 'the original global Klaviyo class: track and identify',
    files: `<?php\n$tracker = new Klaviyo('PUBLIC_TOKEN');\n$tracker->track('Purchased item', ['sku' => '1'], ['$email' => 'a@b.co']);\n$tracker->identify(['$email' => 'a@b.co']);`,
    expect: [
      { operation: null, kind: 'legacy', replacement: 'create_event', note: 'php-klaviyo', range: "$tracker->track('Purchased item', ['sku' => '1'], ['$email' => 'a@b.co'])", at: '3:1' },
      { operation: null, kind: 'legacy', replacement: 'create_or_update_profile', range: "$tracker->identify(['$email' => 'a@b.co'])", at: '4:1' },
    ],
  },
  {
    name: 'legacy client in a property',
    files: `<?php\nuse Klaviyo\\Klaviyo;\nclass Tracker {\n    public function __construct(private Klaviyo $klaviyo) {}\n    public function t($e) { $this->klaviyo->publicAPI->track($e); }\n}`,
    expect: [{ operation: null, kind: 'legacy', replacement: 'create_event', range: '$this->klaviyo->publicAPI->track($e)', at: '5:29' }],
  },
];

const NEGATIVE: Case[] = [
  { name: 'a project class named Klaviyo (namespaced) with track()', files: `<?php\nnamespace App;\nclass Klaviyo { public function track($e) {} }\n$k = new Klaviyo();\n$k->track('x');`, expect: [] },
  { name: 'global project class Klaviyo declared in the file', files: `<?php\nclass Klaviyo { public function track($e) {} }\n$k = new Klaviyo();\n$k->track('x');`, expect: [] },
  { name: 'other methods on the global class, and group access without a call', files: `<?php\n$tracker = new Klaviyo('TOKEN');\n$tracker->setDebug(true);\n$g = (new Klaviyo\\Klaviyo('a', 'b'))->publicAPI;`, expect: [] },
];

const ALL = runPhpTable('php-legacy-sdk', [...CASES, ...NEGATIVE], D, { kind: 'legacy', confidence: 'certain' });
export const counts = countCases(ALL);
