// Preloaded with `node --import` into a measured process: on exit, writes the process's peak
// resident memory (kilobytes) to the file named by BENCH_MAX_RSS_FILE. On Linux that is VmHWM
// from /proc/self/status: getrusage's maxRSS also counts the parent's memory copied at fork.
import { readFileSync, writeFileSync } from 'node:fs';

function peakKilobytes() {
  try {
    const match = /^VmHWM:\s+(\d+) kB/m.exec(readFileSync('/proc/self/status', 'utf8'));
    if (match) return Number(match[1]);
  } catch {
    // Not Linux: fall back to getrusage.
  }
  return process.resourceUsage().maxRSS;
}

const file = process.env.BENCH_MAX_RSS_FILE;
if (file) process.on('exit', () => writeFileSync(file, String(peakKilobytes())));
