/** A request as it went over the wire, captured by the test mock server. */
export interface RecordedRequest {
  method: string;
  url: string;
  /** Header names lower-cased. */
  headers: Record<string, string>;
  /** The raw body text ('' when none). */
  body: string;
}

/** Shared by the node and browser mock servers: captures every request the SDK sends. */
export function createRequestRecorder() {
  const pending: Promise<void>[] = [];
  const calls: RecordedRequest[] = [];
  return {
    calls,
    record(request: Request): void {
      const copy = request.clone();
      const headers: Record<string, string> = {};
      copy.headers.forEach((value, name) => {
        headers[name.toLowerCase()] = value;
      });
      const entry: RecordedRequest = { method: copy.method, url: copy.url, headers, body: '' };
      calls.push(entry);
      pending.push(
        copy.text().then(
          (text) => {
            entry.body = text;
          },
          () => undefined,
        ),
      );
    },
    /** Waits until every recorded body has been read. */
    async settled(): Promise<RecordedRequest[]> {
      await Promise.all(pending);
      return calls;
    },
    clear(): void {
      calls.length = 0;
      pending.length = 0;
    },
  };
}
