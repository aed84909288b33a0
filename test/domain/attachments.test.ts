import { expect } from '@open-wc/testing';
import {
  checkAttachment,
  checkAttachmentCount,
  DEFAULT_ATTACHMENT_LIMITS,
  sniffImageType,
} from '../../src/domain/attachments.js';

const bytes = (...values: number[]) => new Uint8Array(values);
const JPEG = bytes(0xff, 0xd8, 0xff, 0xe0, 0, 0x10, 0x4a, 0x46, 0x49, 0x46, 0, 1);
const PNG = bytes(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13);
const WEBP = bytes(0x52, 0x49, 0x46, 0x46, 1, 2, 3, 4, 0x57, 0x45, 0x42, 0x50);
const EXE = bytes(0x4d, 0x5a, 0x90, 0, 3, 0, 0, 0, 4, 0, 0, 0);
const WAV = bytes(0x52, 0x49, 0x46, 0x46, 1, 2, 3, 4, 0x57, 0x41, 0x56, 0x45);

describe('attachment checks', () => {
  it('recognises JPEG, PNG and WebP from their bytes', () => {
    expect(sniffImageType(JPEG)).to.equal('image/jpeg');
    expect(sniffImageType(PNG)).to.equal('image/png');
    expect(sniffImageType(WEBP)).to.equal('image/webp');
  });

  it('refuses an .exe renamed to .jpg, a RIFF that is not WebP, and too few bytes', () => {
    expect(sniffImageType(EXE)).to.equal(null);
    expect(sniffImageType(WAV)).to.equal(null);
    expect(sniffImageType(bytes(0xff, 0xd8))).to.equal(null);
    expect(
      checkAttachment({ name: 'photo.jpg', size: 2048, head: EXE }, DEFAULT_ATTACHMENT_LIMITS),
    ).to.deep.equal({ problem: { code: 'unsupported_type', name: 'photo.jpg' } });
  });

  it('allows 5 MB and refuses a byte more by default', () => {
    const limit = 5 * 1024 * 1024;
    expect(DEFAULT_ATTACHMENT_LIMITS.maxBytes).to.equal(limit);
    expect(
      checkAttachment({ name: 'a.png', size: limit, head: PNG }, DEFAULT_ATTACHMENT_LIMITS),
    ).to.deep.equal({ type: 'image/png' });
    expect(
      checkAttachment({ name: 'a.png', size: limit + 1, head: PNG }, DEFAULT_ATTACHMENT_LIMITS),
    ).to.deep.equal({ problem: { code: 'too_large', name: 'a.png', limit } });
  });

  it('follows the backend limits: a type it does not allow is refused', () => {
    const pngOnly = { ...DEFAULT_ATTACHMENT_LIMITS, types: ['image/png' as const] };
    expect(checkAttachment({ name: 'a.jpg', size: 10, head: JPEG }, pngOnly)).to.have.property(
      'problem',
    );
    expect(checkAttachment({ name: 'empty.png', size: 0, head: PNG }, pngOnly)).to.deep.equal({
      problem: { code: 'empty', name: 'empty.png' },
    });
  });

  it('takes at most 5 files and names the ones left out', () => {
    expect(DEFAULT_ATTACHMENT_LIMITS.maxCount).to.equal(5);
    const adding = ['a', 'b', 'c'].map((name) => ({ name }));
    expect(checkAttachmentCount(3, adding, DEFAULT_ATTACHMENT_LIMITS)).to.deep.equal({
      accepted: 2,
      problems: [{ code: 'too_many', name: 'c', limit: 5 }],
    });
    expect(checkAttachmentCount(5, adding, DEFAULT_ATTACHMENT_LIMITS).accepted).to.equal(0);
  });
});
