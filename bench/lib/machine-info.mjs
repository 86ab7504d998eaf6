import { execFileSync } from 'node:child_process';
import { cpus, freemem, loadavg, platform, release, totalmem } from 'node:os';

/** What the figures were measured on, for the report header. */
export function machineInfo() {
  const processors = cpus();
  let distribution = '';
  try {
    distribution = /PRETTY_NAME="([^"]+)"/.exec(execFileSync('cat', ['/etc/os-release'], { encoding: 'utf8' }))?.[1] ?? '';
  } catch {
    // not Linux: platform and release suffice
  }
  return {
    cpu: `${processors[0]?.model ?? 'unknown CPU'} × ${processors.length} logical cores`,
    memory: `${(totalmem() / 1024 ** 3).toFixed(1)} GiB (${(freemem() / 1024 ** 3).toFixed(1)} GiB free at start)`,
    os: `${distribution || platform()} (${platform()} ${release()})`,
    node: `${process.version} (V8 ${process.versions.v8}, OpenSSL ${process.versions.openssl})`,
    date: new Date().toISOString(),
    load: loadText(),
  };
}

/** The 1-, 5- and 15-minute load averages, with the core count for scale. */
export function loadText() {
  return `${loadavg().map((value) => value.toFixed(2)).join(' / ')} (1 / 5 / 15 min, ${cpus().length} cores)`;
}
