// Photos leave the browser without their metadata where the browser can manage it: EXIF (with
// the GPS position where the photo was taken, the camera, the time), XMP and text chunks are
// dropped by decoding the image and encoding its pixels again in the same format, at most
// MAX_PHOTO_SIDE pixels on its long side. The EXIF orientation is applied to the pixels first,
// so the photo stays the right way up. Where this cannot be done the original is sent; the
// backend removes metadata in any case.
import type { ImageType } from '../../domain/attachments.js';

/** JPEG quality of the re-encoded photo: close to the camera's own, at a similar size. */
const JPEG_QUALITY = 0.92;

/**
 * The longest side a photo is sent at, in pixels (5 megapixels at 4:3): plenty to see a seam or
 * a label, and a 12-megapixel phone photo goes at ~40 % of its bytes, which is what a slow
 * mobile uplink needs (a 3 MB photo at 400 kbit/s took more than a minute).
 */
export const MAX_PHOTO_SIDE = 2560;

async function encode(bitmap: ImageBitmap, type: ImageType): Promise<Blob | null> {
  const scale = Math.min(1, MAX_PHOTO_SIDE / Math.max(bitmap.width, bitmap.height));
  const width = Math.round(bitmap.width * scale);
  const height = Math.round(bitmap.height * scale);
  const draw = (context: OffscreenCanvasRenderingContext2D | CanvasRenderingContext2D) => {
    context.imageSmoothingQuality = 'high';
    context.drawImage(bitmap, 0, 0, width, height);
  };
  if (typeof OffscreenCanvas === 'function') {
    const canvas = new OffscreenCanvas(width, height);
    const context = canvas.getContext('2d');
    if (!context) return null;
    draw(context);
    return canvas.convertToBlob({ type, quality: JPEG_QUALITY });
  }
  const canvas = document.createElement('canvas');
  canvas.width = width;
  canvas.height = height;
  const context = canvas.getContext('2d');
  if (!context) return null;
  draw(context);
  return new Promise((resolve) => {
    canvas.toBlob(resolve, type, JPEG_QUALITY);
  });
}

/**
 * The image re-encoded without metadata, in its own type (`type`, read from its bytes); the
 * original when the browser cannot decode or encode it (an encoder falls back to PNG for types
 * it lacks, so a result of another type is not used), or when the result would be larger than
 * `maxBytes`, the upload limit the original passed.
 */
export async function withoutMetadata(
  file: Blob,
  type: ImageType,
  maxBytes = Infinity,
): Promise<Blob> {
  if (typeof createImageBitmap !== 'function') return file;
  try {
    const bitmap = await createImageBitmap(file, { imageOrientation: 'from-image' });
    try {
      const blob = await encode(bitmap, type);
      return blob?.type === type && blob.size > 0 && blob.size <= maxBytes ? blob : file;
    } finally {
      bitmap.close();
    }
  } catch {
    return file;
  }
}
