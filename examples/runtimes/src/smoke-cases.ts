import { coreCase } from './cases/core-case.js';
import { payabliCase } from './cases/payabli-case.js';
import { paybaseCase } from './cases/paybase-case.js';
import { paycombatCase } from './cases/paycombat-case.js';
import { sgateCase } from './cases/sgate-case.js';
import type { SmokeCase } from './smoke-case.js';

/**
 * Every package smoke-tested in workerd, Bun and Deno. Adding a provider is one entry here plus its
 * `smoke/<name>.ts` script and `cases/<name>-case.ts` upstream.
 */
export const smokeCases: SmokeCase[] = [coreCase, sgateCase, paycombatCase, paybaseCase, payabliCase];
