// Java rows for base URLs configured outside the code: `@Value` on a field or a constructor
// parameter, `@ConfigurationProperties` classes and Spring's `Environment`, read from the
// module's application.yml / application.properties (placeholders and relaxed names included).

import type { Case } from '../tree-harness';
import { none, row } from './rows';

const A = 'https://a.klaviyo.com';
const SVC = 'src/main/java/com/acme/klaviyo/KlaviyoService.java';
const YML = 'src/main/resources/application.yml';
const PROPS = 'src/main/resources/application.properties';

export const JAVA_CONFIG: Case[] = [
  row('an @Value field whose key application.yml sets, joined to a path without /api', {
    [YML]: `server:\n  port: 8080\nklaviyo:\n  api:\n    base-url: ${A}/api\n`,
    [SVC]: `package com.acme.klaviyo;

@Service
public class KlaviyoService {
  @Value("\${klaviyo.api.base-url}")
  private String baseUrl;
  private final RestTemplate rest = new RestTemplate();

  public String lists() { return rest.getForObject(baseUrl + "/lists", String.class); }
}
`,
  }, [{ operation: 'get_lists', scopes: ['lists:read'], kind: 'http', confidence: 'certain', range: 'rest.getForObject(baseUrl + "/lists", String.class)', detector: 'ir-http-request' }]),
  row('an @Value constructor parameter read from application.properties', {
    [PROPS]: `# Klaviyo\nklaviyo.url=${A}\nklaviyo.revision=2025-01-15\n`,
    [SVC]: `package com.acme.klaviyo;

@Service
public class KlaviyoService {
  private final WebClient web;

  public KlaviyoService(WebClient.Builder builder, @Value("\${klaviyo.url}") String url) {
    this.web = builder.baseUrl(url + "/api").build();
  }

  public void track(Object event) { web.post().uri("/events").bodyValue(event).retrieve(); }
}
`,
  }, [{ operation: 'create_event', scopes: ['events:write'], confidence: 'certain', range: 'web.post().uri("/events").bodyValue(event).retrieve()' }]),
  row('a placeholder in application.yml with a default: the default is the URL', {
    [YML]: `klaviyo:\n  host: \${KLAVIYO_HOST:${A}}\n`,
    [SVC]: `package com.acme.klaviyo;

public class KlaviyoService {
  @Value("\${klaviyo.host}/api")
  private String api;
  private final RestTemplate rest = new RestTemplate();

  public String metrics() { return rest.getForObject(api + "/metrics", String.class); }
}
`,
  }, [{ operation: 'get_metrics', scopes: ['metrics:read'], confidence: 'certain', range: 'rest.getForObject(api + "/metrics", String.class)' }]),
  row('a @ConfigurationProperties class with relaxed names (base-url binds baseUrl)', {
    [YML]: `klaviyo:\n  base-url: ${A}/api/\n  private-key: \${KLAVIYO_KEY}\n`,
    'src/main/java/com/acme/klaviyo/KlaviyoProperties.java': `package com.acme.klaviyo;

@ConfigurationProperties(prefix = "klaviyo")
public class KlaviyoProperties {
  private String baseUrl;
  private String privateKey;
  public String getBaseUrl() { return baseUrl; }
}
`,
    [SVC]: `package com.acme.klaviyo;

public class KlaviyoService {
  private final KlaviyoProperties props;
  private final RestTemplate rest = new RestTemplate();

  public KlaviyoService(KlaviyoProperties props) { this.props = props; }

  public String segments() { return rest.getForObject(props.baseUrl + "segments", String.class); }
}
`,
  }, [{ operation: 'get_segments', scopes: ['segments:read'], confidence: 'certain', range: 'rest.getForObject(props.baseUrl + "segments", String.class)' }]),
  row('Spring Environment.getProperty with the key in application.properties', {
    [PROPS]: `klaviyo.api-url=${A}/api\n`,
    [SVC]: `package com.acme.klaviyo;

public class KlaviyoService {
  private final Environment env;
  private final RestTemplate rest = new RestTemplate();

  public KlaviyoService(Environment env) { this.env = env; }

  public void subscribe(Object body) {
    rest.postForObject(env.getProperty("klaviyo.api-url") + "/profile-subscription-bulk-create-jobs", body, String.class);
  }
}
`,
  }, [{ operation: 'bulk_subscribe_profiles', scopes: ['lists:write', 'profiles:write', 'subscriptions:write'], confidence: 'certain', range: 'rest.postForObject(env.getProperty("klaviyo.api-url") + "/profile-subscription-bulk-create-jobs", body, String.class)' }]),
  none('application.yml points the key at another host: a Klaviyo-shaped path there is not Klaviyo', {
    [YML]: `klaviyo:\n  base-url: https://proxy.example.com\n`,
    [SVC]: `package com.acme.klaviyo;

public class KlaviyoService {
  @Value("\${klaviyo.base-url}")
  private String baseUrl;
  private final RestTemplate rest = new RestTemplate();

  public String lists() { return rest.getForObject(baseUrl + "/api/lists", String.class); }
}
`,
  }),
];
