import { formatIssues } from '@clientele/core';
import * as z from 'zod/mini';

/** A Paybase-style error answer: `{ message }` with the HTTP status (the body format is an assumption, spec U18). */
export function problem(status: number, message: string, code?: string): Response {
  return Response.json(code === undefined ? { message } : { code, message }, { status });
}

/** The JSON body of a request, or a 400 answer when it is not JSON. */
export async function readBody(request: Request): Promise<{ ok: true; body: unknown } | { ok: false; response: Response }> {
  const text = await request.text();
  if (text.trim() === '') return { ok: true, body: {} };
  try {
    return { ok: true, body: JSON.parse(text) };
  } catch {
    return { ok: false, response: problem(400, 'The request body is not valid JSON.') };
  }
}

/** Validates a body like Paybase's sandbox would (the mock reuses the SDK's strict schemas); 400 lists the fields. */
export function validate<S extends z.core.$ZodType>(schema: S, body: unknown): { ok: true; value: z.output<S> } | { ok: false; response: Response } {
  const result = z.safeParse(schema, body);
  if (result.success) return { ok: true, value: result.data };
  const fields = formatIssues(result.error.issues).map((issue) => `${issue.path || '(body)'} ${issue.message}`);
  return { ok: false, response: problem(400, `Invalid request: ${fields.join('; ')}`) };
}
