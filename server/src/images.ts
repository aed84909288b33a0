// Uploaded photos are re-encoded before they are kept: EXIF, GPS, XMP and ICC text are gone,
// the orientation is applied to the pixels, and a file that only looks like an image fails.
import type Sharp from 'sharp';

// sharp (libvips, about 20 MB of memory) is loaded with the first upload, not at start.
let loading: Promise<{ default: typeof Sharp }> | undefined;

export async function stripMetadata(bytes: Uint8Array, type: string): Promise<Uint8Array> {
  const { default: sharp } = await (loading ??= import('sharp'));
  const image = sharp(bytes, { failOn: 'error', limitInputPixels: 50_000_000 }).rotate();
  const output =
    type === 'image/png'
      ? image.png()
      : type === 'image/webp'
        ? image.webp({ quality: 90 })
        : image.jpeg({ quality: 90 });
  return new Uint8Array(await output.toBuffer());
}
