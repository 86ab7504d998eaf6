import type * as z from 'zod/mini';
import type { ValidationIssue } from '../errors/validation-error.js';

/**
 * Turns zod issues into `{ path, message }` pairs a person can act on. Messages describe the rule
 * ("must be at most 50 characters", "must be one of: 0, 1, 85"), never the rejected value, so they are
 * safe to log even for sensitive fields. A custom message given to a check wins.
 */
export function formatIssues(issues: readonly z.core.$ZodIssue[], prefix: readonly PropertyKey[] = []): ValidationIssue[] {
  const output: ValidationIssue[] = [];
  for (const issue of issues) {
    const path = [...prefix, ...issue.path];
    if (issue.code === 'invalid_union' && issue.errors.length > 0) {
      const rootOnly = issue.errors.every((branch) => branch.length === 1 && branch[0]!.path.length === 0);
      if (rootOnly) {
        // A union of literals or of primitive types: say what any branch would have accepted.
        const accepted = issue.errors.flatMap(([branchIssue]) =>
          branchIssue!.code === 'invalid_value' ? branchIssue!.values.map((value) => JSON.stringify(value)) : branchIssue!.code === 'invalid_type' ? [article(branchIssue!.expected)] : [],
        );
        const message = accepted.length >= issue.errors.length
          ? `must be one of: ${[...new Set(accepted)].join(', ')}`
          : 'does not match any of the allowed shapes';
        output.push({ path: formatPath(path), message });
        continue;
      }
      // Report the branch that came closest (fewest problems) rather than every branch's complaints.
      const best = issue.errors.reduce((a, b) => (b.length < a.length ? b : a));
      const nested = formatIssues(best, path);
      if (nested.length > 0 && best.length < 3) {
        output.push(...nested);
        continue;
      }
    }
    output.push({ path: formatPath(path), message: describeIssue(issue) });
  }
  return output;
}

/** `['persons', 0, 'email']` → `persons.0.email`. */
export function formatPath(path: readonly PropertyKey[]): string {
  return path.map((segment) => String(segment)).join('.');
}

function describeIssue(issue: z.core.$ZodIssue): string {
  if (issue.message && issue.message !== 'Invalid input') return issue.message;
  switch (issue.code) {
    case 'invalid_type':
      return issue.input === undefined ? 'is required' : `must be ${article(issue.expected)}`;
    case 'too_small':
      return bound(issue.origin, 'at least', issue.minimum, issue.inclusive);
    case 'too_big':
      return bound(issue.origin, 'at most', issue.maximum, issue.inclusive);
    case 'invalid_format':
      return issue.format === 'regex' ? 'has the wrong format' : `must be a valid ${issue.format}`;
    case 'invalid_value':
      return `must be one of: ${issue.values.map((value) => JSON.stringify(value)).join(', ')}`;
    case 'unrecognized_keys':
      return `has unknown field${issue.keys.length > 1 ? 's' : ''}: ${issue.keys.join(', ')}`;
    case 'not_multiple_of':
      return `must be a multiple of ${String(issue.divisor)}`;
    case 'invalid_union':
      return 'does not match any of the allowed shapes';
    default:
      return 'is invalid';
  }
}

function article(expected: string): string {
  return /^[aeiou]/.test(expected) ? `an ${expected}` : `a ${expected}`;
}

function bound(origin: string, relation: string, limit: number | bigint | Date, inclusive = true): string {
  const value = limit instanceof Date ? limit.toISOString() : String(limit);
  const strict = inclusive ? '' : relation === 'at least' ? ' (exclusive)' : ' (exclusive)';
  switch (origin) {
    case 'string':
      return `must be ${relation} ${value} character${value === '1' ? '' : 's'} long${strict}`;
    case 'array':
    case 'set':
      return `must have ${relation} ${value} item${value === '1' ? '' : 's'}${strict}`;
    default:
      return `must be ${relation} ${value}${strict}`;
  }
}
