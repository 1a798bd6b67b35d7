// Requests sent through project helpers in Go, Java and C#: each call that supplies the
// endpoint is a call (per language rows in ir/*-helpers.ts).

import { runTreeTable } from './tree-harness';
import { GO_HELPERS } from './ir/go-helpers';
import { JAVA_HELPERS } from './ir/java-helpers';
import { CSHARP_HELPERS } from './ir/csharp-helpers';

runTreeTable('ir-request-helper: Go', GO_HELPERS, 'klaviyo/client.go');
runTreeTable('ir-request-helper: Java', JAVA_HELPERS, 'src/main/java/com/acme/klaviyo/KlaviyoClient.java');
runTreeTable('ir-request-helper: C#', CSHARP_HELPERS, 'src/Acme.Klaviyo/KlaviyoClient.cs');
