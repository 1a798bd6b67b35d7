// The one place detectors are registered. The meta-tests check that each one listed here has
// a table of tests and a README section.
import { irDeclarativeClient } from './ir-declarative-client';
import { irHttpRequest } from './ir-http-request';
import { irRequestHelper } from './ir-request-helper';
import type { IrDetector } from '../ir/context';
import { phpHttpRequest } from './php-http-request';
import { phpLegacySdk } from './php-legacy-sdk';
import { phpRequestHelper } from './php-request-helper';
import { phpSdkCall } from './php-sdk-call';
import type { PhpDetector } from '../php/context';
import { pyHttpRequest } from './py-http-request';
import { pyLegacySdk } from './py-legacy-sdk';
import { pyRequestHelper } from './py-request-helper';
import { pySdkCall } from './py-sdk-call';
import type { PyDetector } from '../python/context';
import { rbHttpRequest } from './rb-http-request';
import { rbLegacySdk } from './rb-legacy-sdk';
import { rbRequestHelper } from './rb-request-helper';
import { rbSdkCall } from './rb-sdk-call';
import type { RbDetector } from '../ruby/context';
import { shCurl } from './sh-curl';
import type { ShDetector } from '../shell/context';
import { tsDeclarativeRequest } from './ts-declarative-request';
import { tsHttpRequest } from './ts-http-request';
import { tsLegacySdk } from './ts-legacy-sdk';
import { tsRequestHelper } from './ts-request-helper';
import { tsSdkCall } from './ts-sdk-call';
import type { TsDetector } from './types';

export const TS_DETECTORS: readonly TsDetector[] = [tsSdkCall, tsHttpRequest, tsRequestHelper, tsLegacySdk, tsDeclarativeRequest];

export const PHP_DETECTORS: readonly PhpDetector[] = [phpSdkCall, phpHttpRequest, phpRequestHelper, phpLegacySdk];

export const RB_DETECTORS: readonly RbDetector[] = [rbSdkCall, rbHttpRequest, rbRequestHelper, rbLegacySdk];

export const PY_DETECTORS: readonly PyDetector[] = [pySdkCall, pyHttpRequest, pyRequestHelper, pyLegacySdk];

export const SH_DETECTORS: readonly ShDetector[] = [shCurl];

export const IR_DETECTORS: readonly IrDetector[] = [irHttpRequest, irRequestHelper, irDeclarativeClient];
