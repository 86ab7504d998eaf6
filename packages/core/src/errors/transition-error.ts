import { ClienteleError, type ClienteleErrorOptions } from './clientele-error.js';

/** A lifecycle move refused before sending because the customer's state does not allow it. */
export class TransitionError extends ClienteleError {
  override readonly name: string = 'TransitionError';
  /** Name of the lifecycle (`'sgate.customer'`, …). */
  readonly lifecycle: string;
  readonly from: string;
  /** The target state or event that was refused. */
  readonly attempted: string;
  /** The moves that are allowed from `from`, as `event → state`. */
  readonly allowed: readonly string[];

  constructor(options: Omit<ClienteleErrorOptions, 'kind' | 'message'> & { lifecycle: string; from: string; attempted: string; allowed: string[]; message?: string }) {
    const allowedText = options.allowed.length > 0 ? `Allowed from ${options.from}: ${options.allowed.join(', ')}.` : `${options.from} is final: no move is allowed.`;
    super({
      ...options,
      kind: 'transition',
      message: options.message ?? `Cannot ${options.attempted} a ${options.lifecycle} in state ${options.from}. ${allowedText}`,
    });
    this.lifecycle = options.lifecycle;
    this.from = options.from;
    this.attempted = options.attempted;
    this.allowed = options.allowed;
  }

  protected override details(): Record<string, unknown> {
    return { lifecycle: this.lifecycle, from: this.from, attempted: this.attempted, allowed: this.allowed };
  }
}
