// The generated blocks of docs/security.md: the names core's redaction treats as sensitive.
import { code } from './markdown.mjs';

/** A sorted, comma-separated list of inline-code names. */
function names(values) {
  return [...values].sort().map(code).join(', ');
}

/** Every generated block of docs/security.md, by block name. */
export function renderSecurityDocs(core) {
  return {
    'generated:sensitive-keys': `Field names (compared lower-case, without \`_\` and \`-\`): ${names(core.SENSITIVE_KEY_NAMES)}.`,
    'generated:sensitive-headers': `Headers always redacted: ${names(core.DEFAULT_SENSITIVE_HEADERS)}; and any header whose name contains \`signature\`, \`token\`, \`secret\`, \`key\`, \`auth\`, \`cookie\`, \`session\` or \`password\`. Replaced by ${code(core.REDACTED)}.`,
  };
}
