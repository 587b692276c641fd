// Child process of the import benchmark: runs the pipeline once over the file given as the
// first argument in a fresh process (nothing else loaded, no garbage from other runs) and
// prints one JSON line: RSS before reading the file (runtime, tsx and modules loaded) and the
// kernel's peak RSS of the whole process (getrusage maxrss, so no sampling misses a peak).
import { pipeline } from './import-pipeline';

const path = process.argv[2];
if (!path) throw new Error('usage: import-rss.ts <file.csv>');
const baselineRss = process.memoryUsage().rss;
const baselinePeak = process.resourceUsage().maxRSS * 1024;
const result = await pipeline(path);
const peakRss = process.resourceUsage().maxRSS * 1024;
console.log(JSON.stringify({ baselineRss, baselinePeak, peakRss, ...result }));
