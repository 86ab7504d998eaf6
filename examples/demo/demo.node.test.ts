import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

// `pnpm demo` is the README's first command: run it exactly as a newcomer would (after `pnpm build`, which
// the test command does first) so it can never rot.
const script = fileURLToPath(new URL('./run-demo.mjs', import.meta.url));
const runDemo = (...args: string[]) => spawnSync(process.execPath, [script, ...args], { encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' }, timeout: 120_000 });

describe('pnpm demo', () => {
  it('runs every provider flow against its mock, to a full transcript', () => {
    const result = runDemo();
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    for (const provider of ['sgate', 'paycombat', 'paybase', 'payabli']) {
      expect(result.stdout).toContain(`━━ ${provider.toUpperCase()} `);
      expect(result.stdout).toContain(`✓ ${provider}`);
    }
    expect(result.stdout).not.toContain('✗');
  });

  it('prints requests with credentials and signatures redacted, and never a key', () => {
    const { stdout } = runDemo();
    for (const header of ['v-api-key', 'v-signature', 'x-token', 'signature']) {
      const lines = stdout.split('\n').filter((line) => line.trim().startsWith(`'${header}':`) || line.trim().startsWith(`${header}:`));
      expect(lines.length, header).toBeGreaterThan(0);
      for (const line of lines) expect(line, header).toContain('[REDACTED]');
    }
    expect(stdout).not.toMatch(/BEGIN [A-Z ]*KEY|MII[A-Za-z0-9+/]{40}/);
  });

  it('runs one provider when named, and refuses an unknown one', () => {
    const one = runDemo('paycombat');
    expect(one.status).toBe(0);
    expect(one.stdout).toContain('━━ PAYCOMBAT ');
    expect(one.stdout).not.toContain('━━ SGATE ');
    const unknown = runDemo('stripe');
    expect(unknown.status).toBe(2);
    expect(unknown.stderr).toContain('Unknown provider stripe. Available: sgate, paycombat, paybase, payabli.');
  });

  it('refuses --production without --live, and --live without credentials names what is missing', () => {
    expect(runDemo('--production').status).toBe(2);
    const live = spawnSync(process.execPath, [script, 'paycombat', '--live'], {
      encoding: 'utf8',
      env: Object.fromEntries(Object.entries({ ...process.env, NO_COLOR: '1' }).filter(([name]) => !name.startsWith('CLIENTELE_'))),
    });
    expect(live.status).toBe(1);
    expect(live.stdout).toMatch(/CLIENTELE_PAYCOMBAT_TOKEN/);
  });
});
