/** The version of `@clientele/paybase`, sent in the User-Agent. Keep in step with package.json. */
export const PAYBASE_SDK_VERSION = '0.1.0';
