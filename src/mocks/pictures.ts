// Pictures the mock draws itself, so the demo needs no image files: product pictures as SVG
// (served by the mock under `<base>/_mock/pictures/<productId>.svg`) and buyer photos as real
// PNG bytes (attachments must be JPEG, PNG or WebP, checked from their bytes).

const SHAPES: Record<string, string> = {
  shirt: 'M22 14l10-6h16l10 6 10 12-10 6v36H22V32l-10-6z',
  shoe: 'M10 50c0-10 6-22 14-22 6 0 8 8 16 10l22 6c6 2 8 6 8 10v4H10z',
  bag: 'M16 28h48l-4 40H20zM28 28c0-10 4-16 12-16s12 6 12 16',
  mug: 'M18 20h36v40c0 4-4 8-8 8H26c-4 0-8-4-8-8zM54 30h6c4 0 6 4 6 8s-2 8-6 8h-6',
  lamp: 'M26 12h28l10 26H16zM38 38h4v22h-4zM26 60h28v6H26z',
  watch: 'M30 8h20l2 14H28zM28 58h24l-2 14H30zM40 22a18 18 0 1 0 0.01 0M40 30v10l7 5',
  box: 'M12 24l28-12 28 12v32L40 68 12 56zM12 24l28 12 28-12M40 36v32',
};

/** A flat product picture: the shape in the colour on a light tint of it. */
export function productSvg(shape: string, colour: string): string {
  const path = SHAPES[shape] ?? SHAPES['box']!;
  const safeColour = /^#[0-9a-f]{3,8}$/i.test(colour) ? colour : '#888888';
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 80 80" width="320" height="320">` +
    `<rect width="80" height="80" fill="${safeColour}" fill-opacity="0.14"/>` +
    `<path d="${path}" fill="${safeColour}" stroke="#1f2937" stroke-opacity="0.35" stroke-width="1.2" stroke-linejoin="round"/>` +
    `</svg>`
  );
}

const CRC_TABLE = (() => {
  const table = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    table[n] = c >>> 0;
  }
  return table;
})();

function crc32(bytes: Uint8Array): number {
  let crc = 0xffffffff;
  for (const byte of bytes) crc = CRC_TABLE[(crc ^ byte) & 0xff]! ^ (crc >>> 8);
  return (crc ^ 0xffffffff) >>> 0;
}

function adler32(bytes: Uint8Array): number {
  let a = 1;
  let b = 0;
  for (const byte of bytes) {
    a = (a + byte) % 65521;
    b = (b + a) % 65521;
  }
  return ((b << 16) | a) >>> 0;
}

function chunk(type: string, data: Uint8Array): Uint8Array {
  const out = new Uint8Array(12 + data.length);
  const view = new DataView(out.buffer);
  view.setUint32(0, data.length);
  for (let index = 0; index < 4; index++) out[4 + index] = type.charCodeAt(index);
  out.set(data, 8);
  view.setUint32(8 + data.length, crc32(out.subarray(4, 8 + data.length)));
  return out;
}

/** An RGB PNG of `width` x `height`, pixels from `paint`, stored without compression. */
export function encodePng(
  width: number,
  height: number,
  paint: (x: number, y: number) => [number, number, number],
): Uint8Array<ArrayBuffer> {
  const raw = new Uint8Array(height * (1 + width * 3));
  for (let y = 0; y < height; y++) {
    const row = y * (1 + width * 3);
    for (let x = 0; x < width; x++) raw.set(paint(x, y), row + 1 + x * 3);
  }
  // zlib stream of stored deflate blocks (at most 65,535 bytes each).
  const blocks: Uint8Array[] = [new Uint8Array([0x78, 0x01])];
  for (let offset = 0; offset < raw.length; offset += 0xffff) {
    const part = raw.subarray(offset, offset + 0xffff);
    const header = new Uint8Array(5);
    header[0] = offset + 0xffff >= raw.length ? 1 : 0;
    header[1] = part.length & 0xff;
    header[2] = part.length >>> 8;
    header[3] = ~part.length & 0xff;
    header[4] = (~part.length >>> 8) & 0xff;
    blocks.push(header, part);
  }
  const checksum = new Uint8Array(4);
  new DataView(checksum.buffer).setUint32(0, adler32(raw));
  blocks.push(checksum);
  const idat = concat(blocks);

  const ihdr = new Uint8Array(13);
  const view = new DataView(ihdr.buffer);
  view.setUint32(0, width);
  view.setUint32(4, height);
  ihdr.set([8, 2, 0, 0, 0], 8); // 8-bit, RGB, deflate, no filter, no interlace
  const signature = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  return concat([
    signature,
    chunk('IHDR', ihdr),
    chunk('IDAT', idat),
    chunk('IEND', new Uint8Array()),
  ]);
}

function concat(parts: readonly Uint8Array[]): Uint8Array<ArrayBuffer> {
  const out = new Uint8Array(parts.reduce((sum, part) => sum + part.length, 0));
  let offset = 0;
  for (const part of parts) {
    out.set(part, offset);
    offset += part.length;
  }
  return out;
}

/** A buyer's photo of an item: a soft gradient with a dark diagonal "crack". */
export function samplePhoto(variant: number, width = 96, height = 72): Uint8Array<ArrayBuffer> {
  const hue = (variant * 67) % 360;
  const [r, g, b] = hslToRgb(hue, 0.35, 0.7);
  return encodePng(width, height, (x, y) => {
    const shade = 0.85 + 0.15 * (y / height);
    const crack = Math.abs(x - y * 1.2 - width * 0.15 - (variant % 3) * 8) < 1.5;
    return crack
      ? [40, 40, 48]
      : [Math.round(r * shade), Math.round(g * shade), Math.round(b * shade)];
  });
}

function hslToRgb(h: number, s: number, l: number): [number, number, number] {
  const a = s * Math.min(l, 1 - l);
  const f = (n: number) => {
    const k = (n + h / 30) % 12;
    return Math.round(255 * (l - a * Math.max(-1, Math.min(k - 3, 9 - k, 1))));
  };
  return [f(0), f(8), f(4)];
}
