import { ClienteleError, type ClienteleErrorOptions } from './clientele-error.js';

/** One problem with one field. `path` is dotted (`address.country`, `persons.0.email`); values are never included. */
export interface ValidationIssue {
  path: string;
  message: string;
}

/**
 * Input that failed validation, before anything was sent (or, with `status` set, that the provider refused).
 * `issues` lists every bad field, so a form can show all problems at once.
 */
export class ValidationError extends ClienteleError {
  override readonly name: string = 'ValidationError';
  readonly issues: readonly ValidationIssue[];

  constructor(options: Omit<ClienteleErrorOptions, 'kind' | 'message'> & { message?: string; issues: ValidationIssue[]; operation?: string }) {
    const { issues, operation, ...rest } = options;
    const heading = options.message ?? `Invalid input${operation ? ` for ${operation}` : ''}`;
    const list = issues.map((issue) => `  - ${issue.path || '(root)'}: ${issue.message}`).join('\n');
    super({ ...rest, kind: 'validation', message: issues.length > 0 ? `${heading}:\n${list}` : heading });
    this.issues = issues;
  }

  protected override details(): Record<string, unknown> {
    return { issues: this.issues };
  }
}
