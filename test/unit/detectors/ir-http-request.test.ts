// Raw HTTP in Go, Java and C#, through the one IR evaluator and each language's library table:
// the rows are per language (ir/*.ts), each asserting operation, scopes, kind, confidence and range.

import { runTreeTable } from './tree-harness';
import { GO_HTTP } from './ir/go-http';
import { JAVA_HTTP } from './ir/java-http';
import { JAVA_CONFIG } from './ir/java-config';
import { CSHARP_HTTP } from './ir/csharp-http';
import { CSHARP_CONFIG } from './ir/csharp-config';

runTreeTable('ir-http-request: Go', GO_HTTP, 'klaviyo/client.go');
runTreeTable('ir-http-request: Java', JAVA_HTTP, 'src/main/java/com/acme/klaviyo/KlaviyoService.java');
runTreeTable('ir-http-request: Java settings', JAVA_CONFIG, 'src/main/java/com/acme/klaviyo/KlaviyoService.java');
runTreeTable('ir-http-request: C#', CSHARP_HTTP, 'src/Acme.Klaviyo/KlaviyoService.cs');
runTreeTable('ir-http-request: C# settings', CSHARP_CONFIG, 'src/Acme.Klaviyo/KlaviyoService.cs');
