// The one place detectors are registered. The meta-tests check that each one listed here has
// a table of tests and a README section.
import { phpHttpRequest } from './php-http-request';
import { phpLegacySdk } from './php-legacy-sdk';
import { phpRequestHelper } from './php-request-helper';
import { phpSdkCall } from './php-sdk-call';
import type { PhpDetector } from '../php/context';
import { tsHttpRequest } from './ts-http-request';
import { tsLegacySdk } from './ts-legacy-sdk';
import { tsRequestHelper } from './ts-request-helper';
import { tsSdkCall } from './ts-sdk-call';
import type { TsDetector } from './types';

export const TS_DETECTORS: readonly TsDetector[] = [tsSdkCall, tsHttpRequest, tsRequestHelper, tsLegacySdk];

export const PHP_DETECTORS: readonly PhpDetector[] = [phpSdkCall, phpHttpRequest, phpRequestHelper, phpLegacySdk];
