// Photos leave the browser without their metadata where the browser can manage it: EXIF (with
// the GPS position where the photo was taken, the camera, the time), XMP and text chunks are
// dropped by decoding the image and encoding its pixels again in the same format. The EXIF
// orientation is applied to the pixels first, so the photo stays the right way up. Where this
// cannot be done the original is sent; the backend removes metadata in any case.
import type { ImageType } from '../../domain/attachments.js';

/** JPEG quality of the re-encoded photo: close to the camera's own, at a similar size. */
const JPEG_QUALITY = 0.92;

async function encode(bitmap: ImageBitmap, type: ImageType): Promise<Blob | null> {
  const { width, height } = bitmap;
  if (typeof OffscreenCanvas === 'function') {
    const canvas = new OffscreenCanvas(width, height);
    const context = canvas.getContext('2d');
    if (!context) return null;
    context.drawImage(bitmap, 0, 0);
    return canvas.convertToBlob({ type, quality: JPEG_QUALITY });
  }
  const canvas = document.createElement('canvas');
  canvas.width = width;
  canvas.height = height;
  const context = canvas.getContext('2d');
  if (!context) return null;
  context.drawImage(bitmap, 0, 0);
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
