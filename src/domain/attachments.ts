// Attachment checks: the type is read from the file's first bytes (a renamed .exe is not a
// JPEG), then the count and size limits from the backend's config apply.
import type { AttachmentLimits, ImageType } from './attachment-limits.js';

export {
  DEFAULT_ATTACHMENT_LIMITS,
  IMAGE_TYPES,
  type AttachmentLimits,
  type ImageType,
} from './attachment-limits.js';

/** How many leading bytes `sniffImageType` needs. */
export const SNIFF_BYTES = 12;

function startsWith(bytes: Uint8Array, signature: readonly number[], offset = 0): boolean {
  return signature.every((byte, index) => bytes[offset + index] === byte);
}

/** The image type the bytes really are, or null when they are none of the allowed kinds. */
export function sniffImageType(bytes: Uint8Array): ImageType | null {
  if (startsWith(bytes, [0xff, 0xd8, 0xff])) return 'image/jpeg';
  if (startsWith(bytes, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return 'image/png';
  // RIFF....WEBP
  if (
    startsWith(bytes, [0x52, 0x49, 0x46, 0x46]) &&
    startsWith(bytes, [0x57, 0x45, 0x42, 0x50], 8)
  ) {
    return 'image/webp';
  }
  return null;
}

export type AttachmentProblemCode = 'unsupported_type' | 'too_large' | 'empty' | 'too_many';

export interface AttachmentProblem {
  code: AttachmentProblemCode;
  /** The file's name, for the message shown beside it. */
  name: string;
  /** The limit that was passed (bytes for too_large, count for too_many). */
  limit?: number;
}

export interface CandidateFile {
  name: string;
  size: number;
  /** At least the first `SNIFF_BYTES` bytes of the file. */
  head: Uint8Array;
}

/** Checks one file on its own: its real type and its size. */
export function checkAttachment(
  file: CandidateFile,
  limits: AttachmentLimits,
): { type: ImageType } | { problem: AttachmentProblem } {
  if (file.size === 0) return { problem: { code: 'empty', name: file.name } };
  const type = sniffImageType(file.head);
  if (!type || !limits.types.includes(type)) {
    return { problem: { code: 'unsupported_type', name: file.name } };
  }
  if (file.size > limits.maxBytes) {
    return { problem: { code: 'too_large', name: file.name, limit: limits.maxBytes } };
  }
  return { type };
}

/** How many more files fit beside `current` ones; a problem for the files beyond that. */
export function checkAttachmentCount(
  current: number,
  adding: readonly { name: string }[],
  limits: Pick<AttachmentLimits, 'maxCount'>,
): { accepted: number; problems: AttachmentProblem[] } {
  const room = Math.max(0, limits.maxCount - current);
  const problems = adding
    .slice(room)
    .map((file) => ({ code: 'too_many' as const, name: file.name, limit: limits.maxCount }));
  return { accepted: Math.min(room, adding.length), problems };
}
