// The official Node SDK (`klaviyo-api`): v6+ classes with sessions, v1–v5 ready-made objects and
// arrow methods, where instances live (fields, exports, factories, typed parameters), method
// references, old names, version-dependent endpoints, include, /client/ endpoints, look-alikes.
// The tables live in ./ts-sdk-call/, one file per theme.

import { countCases, runTable, type Case } from './harness';
import { CLASSES } from './ts-sdk-call/classes';
import { CLIENT, INCLUDE } from './ts-sdk-call/include-client';
import { INSTANCES } from './ts-sdk-call/instances';
import { MODULES } from './ts-sdk-call/modules';
import { NAMES, REFERENCES } from './ts-sdk-call/names';
import { NEGATIVE } from './ts-sdk-call/negative';
import { READY_MADE } from './ts-sdk-call/ready-made';

const ALL: Case[] = [...CLASSES, ...READY_MADE, ...INSTANCES, ...MODULES, ...REFERENCES, ...NAMES, ...INCLUDE, ...CLIENT, ...NEGATIVE]
  .map((c) => ({ ...c, detectors: c.detectors ?? ['ts-sdk-call'] }));

export const SDK_CASE_COUNTS = countCases(ALL);
runTable('ts-sdk-call', ALL);
