/** What the transport knows about the HTTP exchange behind a result. */
export interface RawResponse {
  /** HTTP status of the final attempt. */
  status: number;
  /** Response headers of the final attempt. */
  headers: Headers;
  /** The provider's request id (from a header or the body), if it sent one. */
  requestId: string | undefined;
  /** Attempts made, including the successful one (1 = no retry). */
  attempts: number;
  /** The URL requested (query included). */
  url: string;
  /** The raw body text of the final attempt, exactly as received. */
  text(): string;
}

/** A result together with its raw response. */
export interface ApiResult<T> {
  data: T;
  response: RawResponse;
}

/**
 * The promise every resource method returns. `await` it for the typed result; call
 * `.withResponse()` for the result and the raw response (status, headers, request id, body text).
 *
 * ```ts
 * const { data, response } = await client.customers.retrieve(id).withResponse();
 * console.log(response.requestId);
 * ```
 */
export class ApiPromise<T> implements PromiseLike<T> {
  readonly #result: Promise<ApiResult<T>>;

  constructor(result: Promise<ApiResult<T>>) {
    this.#result = result;
  }

  /** Maps a raw-result promise into an `ApiPromise` of a transformed value. */
  static from<R, T>(result: Promise<ApiResult<R>>, map: (data: R, response: RawResponse) => T | Promise<T>): ApiPromise<T> {
    return new ApiPromise(result.then(async ({ data, response }) => ({ data: await map(data, response), response })));
  }

  /** The result and the raw response. */
  withResponse(): Promise<ApiResult<T>> {
    return this.#result;
  }

  /** Only the raw response. */
  asResponse(): Promise<RawResponse> {
    return this.#result.then((result) => result.response);
  }

  then<A = T, B = never>(onFulfilled?: ((value: T) => A | PromiseLike<A>) | null, onRejected?: ((reason: unknown) => B | PromiseLike<B>) | null): Promise<A | B> {
    return this.#result.then((result) => result.data).then(onFulfilled, onRejected);
  }

  /** Like `Promise.prototype.catch`, on the parsed data. */
  catch<B = never>(onRejected?: ((reason: unknown) => B | PromiseLike<B>) | null): Promise<T | B> {
    return this.then(undefined, onRejected);
  }

  /** Like `Promise.prototype.finally`, on the parsed data. */
  finally(onFinally?: (() => void) | null): Promise<T> {
    return this.then().finally(onFinally);
  }

  get [Symbol.toStringTag](): string {
    return 'ApiPromise';
  }
}
