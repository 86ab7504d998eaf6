/** The package version, sent in the User-Agent (`clientele-paycombat/0.1.0`). Keep in step with package.json. */
export const PAYCOMBAT_VERSION = '0.1.0';
