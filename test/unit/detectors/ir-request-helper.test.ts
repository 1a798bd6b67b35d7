// Requests sent through project helpers in Go, Java and C#: each call that supplies the
// endpoint is a call (per language rows in ir/*-helpers.ts).

import { runTreeTable } from './tree-harness';
import { GO_HELPERS } from './ir/go-helpers';

runTreeTable('ir-request-helper: Go', GO_HELPERS, 'klaviyo/client.go');
