import { ApiPromise, type QueryParameters, type RawResponse, type Transport } from '@clientele/core';
import type * as z from 'zod/mini';
import { assertTokenShape, type PaybaseRequestOptions } from '../paybase-options.js';
import { fillPath, type PathParameters, type PaybaseEndpointName, type PaybaseEndpoints } from '../paybase-paths.js';

/** What every resource needs: the endpoint table and the client's transport. */
export interface ResourceContext {
  endpoints: PaybaseEndpoints;
  /** The client's transport; a call's customer access token travels in `RequestSpec.context` (see `paybase-adapter.ts`). */
  transport: Transport;
}

/** One call of one endpoint, described by a resource method. */
export interface EndpointCall<T> {
  name: PaybaseEndpointName;
  /** Bare ids for the path template. */
  ids?: PathParameters;
  /** The validated JSON body. */
  body?: unknown;
  /** Its schema, so debug logs redact its personal fields. */
  bodySchema?: z.core.$ZodType;
  query?: QueryParameters;
  /** The schema of `query`, so debug logs redact its sensitive parameters (a PQL filter naming an e-mail) in the URL. */
  querySchema?: z.core.$ZodType;
  options?: PaybaseRequestOptions | undefined;
  /** Turns the response data into the method's result (parsing it). */
  decode(data: unknown, response: RawResponse): T;
}

/**
 * Runs a resource method: `prepare` (validation, lifecycle checks, even a preliminary request) runs inside the
 * returned promise, so bad input rejects it rather than throwing synchronously.
 */
export function callEndpoint<T>(context: ResourceContext, prepare: () => EndpointCall<T> | Promise<EndpointCall<T>>): ApiPromise<T> {
  const result = Promise.resolve().then(async () => {
    const call = await prepare();
    const endpoint = context.endpoints[call.name];
    const { accessToken, ...options } = call.options ?? {};
    if (accessToken !== undefined) assertTokenShape(accessToken, 'accessToken');
    const { data, response } = await context.transport.request({
      operation: call.name,
      method: endpoint.method,
      path: fillPath(endpoint.path, call.ids ?? {}),
      query: call.query,
      querySchema: call.querySchema,
      body: call.body,
      bodySchema: call.bodySchema,
      idempotent: endpoint.idempotent,
      options,
      // The adapter sends it as X-Token instead of the API key, and scrubs it from this call's errors.
      context: accessToken === undefined ? undefined : { accessToken },
    });
    return { data: call.decode(data, response), response };
  });
  return new ApiPromise(result);
}

/** The decoding context of a response, for error messages. */
export function responseContext(name: string, response: RawResponse): { operation: string; requestId: string | undefined; status: number } {
  return { operation: name, requestId: response.requestId, status: response.status };
}
