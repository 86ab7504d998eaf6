import { fork } from 'node:child_process';
import { fileURLToPath } from 'node:url';

/**
 * Runs bench/sections/<name>.mjs in its own Node process with `--expose-gc` and resolves with the section's
 * result. A crash or an exception becomes a result with one `error` row, so one broken section never hides
 * the others.
 *
 * @param {string} name section file name without extension
 * @param {object} context passed to the section (JSON)
 * @param {string[]} [nodeFlags] extra Node flags for the section's process
 */
export function runSection(name, context, nodeFlags = []) {
  return new Promise((resolve) => {
    const child = fork(fileURLToPath(new URL('./section-process.mjs', import.meta.url)), [name, JSON.stringify(context)], {
      execArgv: ['--expose-gc', ...nodeFlags],
      stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
    });
    let settled = false;
    const finish = (result) => {
      if (settled) return;
      settled = true;
      resolve(result);
    };
    child.on('message', (message) => finish(message.ok ? message.result : failedSection(name, message.error)));
    child.on('exit', (code, signal) => finish(failedSection(name, `section process exited (code ${code}, signal ${signal}) without a result`)));
  });
}

function failedSection(name, error) {
  return { id: name, title: name, rows: [{ measurement: `${name} failed`, figure: '—', status: 'error' }], notes: [`Error: ${error}`] };
}
