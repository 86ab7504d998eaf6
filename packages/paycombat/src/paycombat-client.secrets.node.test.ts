/// <reference types="node" />
import { inspect } from 'node:util';
import { useMockServer } from '#mock-server';
import { describe, expect, it } from 'vitest';
import { canarySandbox, driveErrorPaths, leaks } from './testing/secrets-canary.js';

const server = useMockServer(...canarySandbox.handlers);

describe('secrets canary under util.inspect', () => {
  it('inspecting errors (deeply, with hidden properties) and the client shows no canary', async () => {
    const { errors, client } = await driveErrorPaths(server);
    for (const error of errors) {
      expect(leaks(inspect(error, { depth: 10, showHidden: true }))).toEqual([]);
    }
    expect(leaks(inspect(client, { depth: 10, showHidden: true }))).toEqual([]);
    expect(inspect(client)).toContain("provider: 'paycombat'");
  });
});
