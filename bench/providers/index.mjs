// The providers the bench knows. Each module describes how to drive one SDK (see ./paycombat.mjs for the
// shape); a provider whose package is missing or not built is an error in the report, never skipped.
import payabli from './payabli.mjs';
import paybase from './paybase.mjs';
import paycombat from './paycombat.mjs';
import sgate from './sgate.mjs';

export const providers = [paycombat, paybase, payabli, sgate];
