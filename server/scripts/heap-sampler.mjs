// What a server process's memory holds over time, for `npm run bench:server`: given to the
// server with `--node-options=--import ./server/scripts/heap-sampler.mjs`, it appends a line every
// 50 ms to $HEAP_SAMPLES (default: heap-samples-<pid>.txt in the temporary directory): RSS, V8's
// heap (total, used) and each of its spaces, memory outside it (external, array buffers), in MB.
// The peak's line says what the peak was made of (docs/performance.md, "Peak memory").
import { appendFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { getHeapSpaceStatistics } from 'node:v8';

const file = process.env.HEAP_SAMPLES ?? join(tmpdir(), `heap-samples-${process.pid}.txt`);
const mb = (bytes) => Math.round(bytes / 1e6);
writeFileSync(file, '');
setInterval(() => {
  const memory = process.memoryUsage();
  const spaces = getHeapSpaceStatistics()
    .filter((space) => space.space_size > 0)
    .map((space) => `${space.space_name.replace(/_space$/, '')} ${mb(space.space_size)}`);
  appendFileSync(
    file,
    `${new Date().toISOString()} rss ${mb(memory.rss)} heapTotal ${mb(memory.heapTotal)} heapUsed ${mb(memory.heapUsed)} external ${mb(memory.external)} arrayBuffers ${mb(memory.arrayBuffers)} ${spaces.join(' ')}\n`,
  );
}, 50).unref();
