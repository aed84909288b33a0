// Uploaded photos are re-encoded before they are kept: EXIF, GPS, XMP and ICC text are gone,
// the orientation is applied to the pixels, and a file that only looks like an image fails.
//
// Decoding is what costs: a 50-megapixel photo (the largest taken) takes ~300 MB of memory and
// 1–2 s of CPU to decode at full size, whatever its size on disk (a plain 7000 × 7000 JPEG is
// 288 KB). So a process re-encodes one image at a time, a few more wait for their turn, and
// an upload beyond those is answered 503 with Retry-After; and photos are kept at 4,096 px on
// their long side at most. Six such uploads at once took a server from 365 MB to 1.5 GB before
// (an outside security test, 2026-12-07; docs/server.md, "Photos").
import type Sharp from 'sharp';
import { ProblemError } from '../../src/backend/problems.js';

/** The most pixels an upload may decode to (a 50-megapixel phone photo). */
export const MAX_IMAGE_PIXELS = 50_000_000;
/** The longest side a photo is kept at, in pixels. */
export const MAX_IMAGE_SIDE = 4096;
/** Images re-encoded at once, per process. */
const AT_ONCE = 1;
/** Uploads that may wait for their turn; the next one is refused until one is done. */
export const IMAGES_WAITING_MAX = 8;

// sharp (libvips, about 20 MB of memory) is loaded with the first upload, not at start.
let loading: Promise<typeof Sharp> | undefined;

let running = 0;
const waiting: (() => void)[] = [];

/**
 * A turn to re-encode, taken at the call (before any await, so that turns go in the order the
 * uploads came); rejects with 503 when `IMAGES_WAITING_MAX` uploads already wait.
 */
function turn(): Promise<void> {
  if (running < AT_ONCE) {
    running++;
    return Promise.resolve();
  }
  if (waiting.length >= IMAGES_WAITING_MAX) {
    return Promise.reject(
      new ProblemError(
        503,
        'unavailable',
        'Too many photos are being processed right now; try again shortly.',
        { retryAfter: 2 },
        { 'Retry-After': '2' },
      ),
    );
  }
  return new Promise((resolve) => waiting.push(resolve));
}

/** The turn passes to the next upload waiting, if any. */
function done() {
  const next = waiting.shift();
  if (next) next();
  else running--;
}

/** Images being re-encoded and waiting, for tests and logs. */
export function imageWork(): { running: number; waiting: number } {
  return { running, waiting: waiting.length };
}

/**
 * Runs `work` in its turn: at once when no other image is being re-encoded, else after those
 * before it; 503 when `IMAGES_WAITING_MAX` already wait (the turn is asked for at the call).
 */
export function inImageTurn<T>(work: () => Promise<T>): Promise<T> {
  return turn().then(async () => {
    try {
      return await work();
    } finally {
      done();
    }
  });
}

export function stripMetadata(bytes: Uint8Array, type: string): Promise<Uint8Array> {
  return inImageTurn(() => reencode(bytes, type));
}

async function reencode(bytes: Uint8Array, type: string): Promise<Uint8Array> {
  const sharp = await (loading ??= import('sharp').then(({ default: loaded }) => {
    // libvips's cache keeps recent operations' images for reuse: an upload is never decoded
    // twice, so it would only hold memory.
    loaded.cache(false);
    return loaded;
  }));
  // Larger photos are made 4,096 px on their long side (16.7 megapixels: more than a screen
  // shows of a damaged seam or a label); a JPEG is then decoded at half or a quarter of its
  // size to begin with, which halves what decoding a 50-megapixel photo takes.
  const image = sharp(bytes, { failOn: 'error', limitInputPixels: MAX_IMAGE_PIXELS })
    .rotate()
    .resize({
      width: MAX_IMAGE_SIDE,
      height: MAX_IMAGE_SIDE,
      fit: 'inside',
      withoutEnlargement: true,
    });
  const output =
    type === 'image/png'
      ? image.png()
      : type === 'image/webp'
        ? image.webp({ quality: 90 })
        : image.jpeg({ quality: 90 });
  return new Uint8Array(await output.toBuffer());
}
