import { expect, fixture, html } from '@open-wc/testing';
import '../../../src/ask-seller.js';
import type { AskSeller } from '../../../src/ask-seller.js';
import type { SqComposer } from '../../../src/components/shared/composer.js';
import { setLocale } from '../../../src/index.js';
import type { MockBackend } from '../../../src/mocks/index.js';
import { buyerClient, useMockBackend } from '../../support/backend.js';
import {
  allInShadow,
  charBox,
  clearDrafts,
  pickFiles,
  shadowReady,
  shadowText,
  waitFor,
} from '../../support/elements.js';
import { ResponseGate } from '../../support/gate.js';

const WIDTH = 16;
const HEIGHT = 8;

/** A JPEG made by the browser: WIDTH x HEIGHT, left half red, right half blue. */
async function plainJpeg(): Promise<Uint8Array<ArrayBuffer>> {
  const canvas = new OffscreenCanvas(WIDTH, HEIGHT);
  const context = canvas.getContext('2d')!;
  context.fillStyle = '#d00';
  context.fillRect(0, 0, WIDTH / 2, HEIGHT);
  context.fillStyle = '#00d';
  context.fillRect(WIDTH / 2, 0, WIDTH / 2, HEIGHT);
  const blob = await canvas.convertToBlob({ type: 'image/jpeg', quality: 0.95 });
  return new Uint8Array(await blob.arrayBuffer());
}

/**
 * An EXIF APP1 segment as a phone writes one (big-endian TIFF): IFD0 with Orientation 6 (the
 * pixels are to be turned 90° clockwise) and a pointer to a GPS IFD with latitude 52° 31'
 * 12.34" N.
 */
function exifSegment(): Uint8Array<ArrayBuffer> {
  const tiff = new DataView(new ArrayBuffer(92));
  let at = 0;
  const u16 = (value: number) => {
    tiff.setUint16(at, value);
    at += 2;
  };
  const u32 = (value: number) => {
    tiff.setUint32(at, value);
    at += 4;
  };
  u16(0x4d4d); // "MM"
  u16(42);
  u32(8); // IFD0
  u16(2);
  u16(0x0112); // Orientation, SHORT, 1: 6
  u16(3);
  u32(1);
  u16(6);
  u16(0);
  u16(0x8825); // GPS IFD pointer, LONG, 1: at 38
  u16(4);
  u32(1);
  u32(38);
  u32(0); // no next IFD
  u16(2); // GPS IFD
  u16(0x0001); // GPSLatitudeRef, ASCII, 2: "N"
  u16(2);
  u32(2);
  u16(0x4e00);
  u16(0);
  u16(0x0002); // GPSLatitude, RATIONAL, 3: at 68
  u16(5);
  u32(3);
  u32(68);
  u32(0);
  for (const [numerator, denominator] of [
    [52, 1],
    [31, 1],
    [1234, 100],
  ] as const) {
    u32(numerator);
    u32(denominator);
  }
  const header = [...new TextEncoder().encode('Exif'), 0, 0];
  const length = 2 + header.length + tiff.byteLength;
  return new Uint8Array([
    0xff,
    0xe1,
    length >> 8,
    length & 0xff,
    ...header,
    ...new Uint8Array(tiff.buffer),
  ]);
}

/** `jpeg` with `segment` spliced in right after its SOI marker. */
function withSegment(jpeg: Uint8Array, segment: Uint8Array): Uint8Array<ArrayBuffer> {
  return new Uint8Array([...jpeg.subarray(0, 2), ...segment, ...jpeg.subarray(2)]);
}

/** The APP1 segments of a JPEG that carry EXIF ("Exif\0\0"), read marker by marker. */
function exifSegments(jpeg: Uint8Array): number {
  let found = 0;
  let at = 2;
  while (at + 4 <= jpeg.length && jpeg[at] === 0xff) {
    const marker = jpeg[at + 1]!;
    if (marker === 0xda) break; // start of scan: no more metadata segments
    const length = (jpeg[at + 2]! << 8) | jpeg[at + 3]!;
    const name = String.fromCharCode(...jpeg.subarray(at + 4, at + 8));
    if (marker === 0xe1 && name === 'Exif') found++;
    at += 2 + length;
  }
  return found;
}

function contains(bytes: Uint8Array, text: string): boolean {
  return new TextDecoder('latin1').decode(bytes).includes(text);
}

describe('<ask-seller> photos', () => {
  let backend: MockBackend;
  beforeEach(async () => {
    clearDrafts('ask-seller:');
    backend = await useMockBackend();
  });

  it('uploads a photo without its EXIF data (GPS position included), turned as the camera meant', async () => {
    const original = withSegment(await plainJpeg(), exifSegment());
    // The test file is what it claims: EXIF with GPS that the browser reads (it turns the image).
    expect(exifSegments(original)).to.equal(1);
    const turned = await createImageBitmap(new Blob([original]), {
      imageOrientation: 'from-image',
    });
    expect([turned.width, turned.height]).to.deep.equal([HEIGHT, WIDTH]);

    const el = await fixture<AskSeller>(
      html`<ask-seller product-id="p-05" .client=${buyerClient('b-anna')}></ask-seller>`,
    );
    const composer = await shadowReady<SqComposer>(el, 'sq-composer');
    await pickFiles(composer, [new File([original], 'gps.jpg', { type: 'image/jpeg' })]);
    await waitFor(() => composer.shadowRoot!.querySelector('[data-status=done]'), 'the upload');

    const stored = Object.values(backend.state.attachments).find(
      ({ attachment }) => attachment.name === 'gps.jpg',
    );
    expect(stored, 'the uploaded photo').to.exist;
    expect(stored!.attachment.contentType).to.equal('image/jpeg');
    const uploaded = Uint8Array.from(atob(stored!.base64), (char) => char.charCodeAt(0));
    expect([...uploaded.subarray(0, 3)]).to.deep.equal([0xff, 0xd8, 0xff]);
    expect(exifSegments(uploaded)).to.equal(0);
    expect(contains(uploaded, 'Exif')).to.be.false;
    // The orientation is in the pixels now: the same picture, without any tag to turn it.
    const decoded = await createImageBitmap(new Blob([uploaded]), { imageOrientation: 'none' });
    expect([decoded.width, decoded.height]).to.deep.equal([HEIGHT, WIDTH]);
  });

  it('sends a large photo at 2,560 px on its long side, a small one as it is', async () => {
    const canvas = new OffscreenCanvas(4000, 3000);
    const context = canvas.getContext('2d')!;
    context.fillStyle = '#2a6';
    context.fillRect(0, 0, 4000, 3000);
    const large = await canvas.convertToBlob({ type: 'image/jpeg', quality: 0.9 });
    const el = await fixture<AskSeller>(
      html`<ask-seller product-id="p-05" .client=${buyerClient('b-anna')}></ask-seller>`,
    );
    const composer = await shadowReady<SqComposer>(el, 'sq-composer');
    await pickFiles(composer, [
      new File([large], 'large.jpg', { type: 'image/jpeg' }),
      new File([await plainJpeg()], 'small.jpg', { type: 'image/jpeg' }),
    ]);
    await waitFor(
      () => composer.shadowRoot!.querySelectorAll('[data-status=done]').length === 2,
      'the uploads',
    );
    const sizeOf = async (name: string) => {
      const stored = Object.values(backend.state.attachments).find(
        ({ attachment }) => attachment.name === name,
      )!;
      const bytes = Uint8Array.from(atob(stored.base64), (char) => char.charCodeAt(0));
      const bitmap = await createImageBitmap(new Blob([bytes]));
      return [bitmap.width, bitmap.height];
    };
    expect(await sizeOf('large.jpg')).to.deep.equal([2560, 1920]);
    expect(await sizeOf('small.jpg')).to.deep.equal([WIDTH, HEIGHT]);
  });

  it('shows the beginning of a long file name in Arabic, cut at its own end', async () => {
    await setLocale('ar');
    try {
      const el = await fixture<AskSeller>(
        html`<ask-seller product-id="p-05" .client=${buyerClient('b-anna')}></ask-seller>`,
      );
      const composer = await shadowReady<SqComposer>(el, 'sq-composer');
      const name = 'IMG_20261203_parcel_damaged_corner_close_up.jpg';
      await pickFiles(composer, [new File([await plainJpeg()], name, { type: 'image/jpeg' })]);
      const box = composer.shadowRoot!.querySelector<HTMLElement>('[part=attachment] .name')!;
      expect(box.textContent).to.include(name);
      expect(box.scrollWidth, 'the name is cut short').to.be.above(box.clientWidth);
      const text = [...box.childNodes].find(
        (node): node is Text => node instanceof Text && node.data.includes(name),
      )!;
      const first = charBox(text, text.data.indexOf(name));
      const shown = box.getBoundingClientRect();
      expect(first.left, 'its "I" is shown').to.be.at.least(shown.left - 0.5);
      expect(first.right, 'its "I" is shown').to.be.at.most(shown.right + 0.5);
    } finally {
      await setLocale('en');
    }
  });

  /**
   * parcel.jpg picked while each try of its upload answers `status` (the client tries an
   * idempotent upload three times); resolves once the photo shows it failed.
   */
  async function uploadFailing(status: number) {
    const failure = { status, match: 'POST /attachments' } as const;
    backend.failNext(failure, failure, failure);
    const el = await fixture<AskSeller>(
      html`<ask-seller product-id="p-05" .client=${buyerClient('b-anna')}></ask-seller>`,
    );
    const composer = await shadowReady<SqComposer>(el, 'sq-composer');
    await pickFiles(composer, [
      new File([await plainJpeg()], 'parcel.jpg', { type: 'image/jpeg' }),
    ]);
    const root = composer.shadowRoot!;
    await waitFor(() => root.querySelector('[data-status=failed]'), 'the failed upload');
    return { el, root };
  }

  it('says an upload that failed, with its photo, and Retry names the photo it sends again', async () => {
    const { el, root } = await uploadFailing(500);
    // An alert (said as it appears) that names the photo before why it failed.
    const alert = root.querySelector<HTMLElement>('[data-status=failed] [role=alert]')!;
    expect(alert.textContent.trim()).to.match(/^parcel\.jpg: \S/);
    const retry = [...root.querySelectorAll<HTMLButtonElement>('[data-status=failed] button')].find(
      (button) => button.textContent.trim() === 'Retry',
    )!;
    const described = root.getElementById(retry.getAttribute('aria-describedby')!)!;
    expect(described.textContent.trim()).to.equal('parcel.jpg');
    await expect(el).to.be.accessible();
    retry.click();
    await waitFor(() => root.querySelector('[data-status=done]'), 'the upload, again');
    expect(root.querySelector('[role=alert]')).to.equal(null);
  });

  it('puts an upload that took too long down to the connection, not the server', async () => {
    // 408: the request's bytes came too slowly.
    const { root } = await uploadFailing(408);
    const alert = root.querySelector<HTMLElement>('[data-status=failed] [role=alert]')!;
    expect(alert.textContent.trim()).to.equal(
      'parcel.jpg: The photo took too long to upload. Check your connection, then retry it.',
    );
  });

  describe('uploads in progress', () => {
    const stored = (name: string) =>
      Object.values(backend.state.attachments).filter(({ attachment }) => attachment.name === name)
        .length;

    async function formWithUploadHeld() {
      const gate = new ResponseGate();
      const upload = gate.hold('POST', /\/attachments$/);
      const el = await fixture<AskSeller>(
        html`<ask-seller product-id="p-05" .client=${gate.client('b-anna')}></ask-seller>`,
      );
      const composer = await shadowReady<SqComposer>(el, 'sq-composer');
      await pickFiles(composer, [
        new File([await plainJpeg()], 'parcel.jpg', { type: 'image/jpeg' }),
      ]);
      await upload.arrived;
      expect(upload.signal!.aborted).to.equal(false);
      return { gate, upload, el, composer };
    }

    const status = (composer: SqComposer) =>
      allInShadow(composer, '[part=attachment]').map((row) => row.dataset['status']);

    it('stops an upload when the form leaves the page, and uploads the photo again when it comes back', async () => {
      const { gate, upload, el, composer } = await formWithUploadHeld();
      el.remove();
      expect(upload.signal!.aborted, 'the upload aborted').to.equal(true);
      upload.release();
      await upload.delivered;
      await composer.updateComplete;
      // The stopped upload is no failure: nothing tells the buyer to retry it.
      expect(status(composer)).to.deep.equal(['uploading']);
      expect(shadowText(composer)).not.to.include('Retry');
      // Put back, the photo uploads again under the same key: one attachment.
      document.body.append(el);
      await waitFor(() => status(composer)[0] === 'done', 'the upload again');
      const posts = gate.requests.filter(
        ({ method, url }) => method === 'POST' && url.pathname.endsWith('/attachments'),
      );
      expect(posts).to.have.length(2);
      expect(stored('parcel.jpg')).to.equal(1);
      el.remove();
    });

    it('stops the upload of a photo removed while it uploads', async () => {
      const { upload, composer } = await formWithUploadHeld();
      allInShadow<HTMLButtonElement>(composer, 'button')
        .find((button) => button.getAttribute('aria-label') === 'Remove parcel.jpg')!
        .click();
      expect(upload.signal!.aborted, 'the upload aborted').to.equal(true);
      upload.release();
      await upload.delivered;
      await composer.updateComplete;
      expect(status(composer)).to.deep.equal([]);
      expect(composer.shadowRoot!.querySelector('[part=field-error]')).to.equal(null);
    });
  });
});
