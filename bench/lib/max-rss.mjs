// Preloaded with `node --import` into a measured process: on exit, writes the process's peak
// resident memory (kilobytes) to the file named by BENCH_MAX_RSS_FILE.
import { writeFileSync } from 'node:fs';

const file = process.env.BENCH_MAX_RSS_FILE;
if (file) process.on('exit', () => writeFileSync(file, String(process.resourceUsage().maxRSS)));
