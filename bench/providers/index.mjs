// The providers the bench knows. Each module describes how to drive one SDK (see ./paycombat.mjs for the
// shape); the sections skip a provider whose package has not been built yet and say so in the report.
import payabli from './payabli.mjs';
import paybase from './paybase.mjs';
import paycombat from './paycombat.mjs';
import sgate from './sgate.mjs';

export const providers = [paycombat, paybase, payabli, sgate];
