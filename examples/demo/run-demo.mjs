#!/usr/bin/env node
// `pnpm demo [provider…] [--live] [--production]`
//
// Runs a realistic customer journey for every provider (or the ones named) against that provider's
// built-in mock: no credentials, no network. With --live, each flow runs against the provider's real
// sandbox using the CLIENTELE_<PROVIDER>_* environment variables documented in docs/index.md;
// production needs --production as well, on purpose.
import { readdir } from 'node:fs/promises';
import { setupServer } from 'msw/node';
import { colours, createTranscript, createTranscriptLogger } from './transcript.mjs';

const flowsDirectory = new URL('./flows/', import.meta.url);
const available = (await readdir(flowsDirectory)).filter((file) => file.endsWith('.mjs')).map((file) => file.slice(0, -4)).sort();
const order = ['sgate', 'paycombat', 'paybase', 'payabli'];
available.sort((a, b) => (order.indexOf(a) + 1 || 99) - (order.indexOf(b) + 1 || 99));

const args = process.argv.slice(2);
const live = args.includes('--live');
const production = args.includes('--production');
const requested = args.filter((arg) => !arg.startsWith('--'));
const unknown = requested.filter((name) => !available.includes(name));
if (unknown.length > 0) {
  console.error(`Unknown provider ${unknown.join(', ')}. Available: ${available.join(', ')}.`);
  process.exit(2);
}
if (production && !live) {
  console.error('--production only makes sense with --live.');
  process.exit(2);
}
const selected = requested.length > 0 ? requested : available;

const transcript = createTranscript();
const logger = createTranscriptLogger(transcript);
const server = live ? undefined : setupServer();
server?.listen({ onUnhandledRequest: 'error' });

transcript.heading(`Clientele demo — ${live ? (production ? 'LIVE PRODUCTION' : 'live sandbox') : 'built-in mocks, no credentials'}`);
transcript.note(`providers: ${selected.join(', ')}`);
transcript.note('Every request below is printed from the SDK logger, which redacts keys, tokens, signatures and sensitive fields.');

const failures = [];
for (const name of selected) {
  const { default: run } = await import(new URL(`${name}.mjs`, flowsDirectory));
  transcript.heading(name.toUpperCase());
  try {
    await run({ live, production, env: process.env, logger, server, transcript });
  } catch (error) {
    failures.push(name);
    transcript.note(colours.red(`✗ ${name} flow failed: ${error?.message ?? error}`));
    if (process.env.DEBUG) console.error(error);
  }
  server?.resetHandlers();
}
server?.close();

transcript.heading('Summary');
for (const name of selected) transcript.note(`${failures.includes(name) ? colours.red('✗') : colours.green('✓')} ${name}`);
if (failures.length > 0) process.exitCode = 1;
