// Prints the demo's transcript: readable, coloured when the terminal supports it, secrets already
// redacted by the SDK's logger before anything reaches here.
import { inspect } from 'node:util';

const useColour = process.stdout.isTTY && !process.env.NO_COLOR;
const paint = (code) => (text) => (useColour ? `\u001b[${code}m${text}\u001b[0m` : text);
export const colours = { bold: paint(1), dim: paint(2), green: paint(32), yellow: paint(33), cyan: paint(36), red: paint(31) };

const show = (value) => (typeof value === 'string' ? value : inspect(value, { depth: 6, colors: useColour, breakLength: 100 }));
const indent = (text, prefix = '    ') => text.split('\n').map((line) => prefix + line).join('\n');

/** The transcript API handed to every flow. */
export function createTranscript(write = (line) => process.stdout.write(`${line}\n`)) {
  let stepNumber = 0;
  return {
    heading(text) {
      stepNumber = 0;
      write('');
      write(colours.bold(colours.cyan(`━━ ${text} ${'━'.repeat(Math.max(0, 70 - text.length))}`)));
    },
    step(text) {
      stepNumber += 1;
      write('');
      write(colours.bold(`${stepNumber}. ${text}`));
    },
    note(text) {
      write(colours.dim(indent(text, '   ')));
    },
    value(label, value) {
      write(`   ${colours.green(label)}:`);
      write(indent(show(value)));
    },
    status(label, before, after) {
      write(`   ${colours.yellow(label)}: ${show(before)} → ${colours.bold(show(after))}`);
    },
    unified(view) {
      const { raw: _raw, ...rest } = view;
      write(`   ${colours.green('unified view')}:`);
      write(indent(show(rest)));
    },
    request(fields) {
      write(colours.dim(`   → ${fields.method} ${fields.url}${fields.attempt > 1 ? `  (attempt ${fields.attempt})` : ''}`));
      write(colours.dim(indent(`headers: ${show(fields.headers)}`, '     ')));
      if (fields.body !== undefined) write(colours.dim(indent(`body: ${show(fields.body)}`, '     ')));
    },
    response(fields) {
      write(colours.dim(`   ← ${fields.status}${fields.requestId ? `  request id ${fields.requestId}` : ''}`));
    },
  };
}

/**
 * A Logger (the SDK's interface) that turns the SDK's own redacted `request`/`response` debug lines
 * into transcript lines: what is printed is exactly what the logger received.
 */
export function createTranscriptLogger(transcript) {
  return {
    debug(message, fields) {
      if (message === 'request') transcript.request(fields);
      else if (message === 'response') transcript.response(fields);
    },
    info(message, fields) {
      transcript.note(`${message} ${show(fields)}`);
    },
    warn(message, fields) {
      transcript.note(`${message} ${show(fields)}`);
    },
    error(message, fields) {
      transcript.note(`${message} ${show(fields)}`);
    },
  };
}
