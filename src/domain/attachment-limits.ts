// The limits photos are checked against (the backend's config says which apply): a module of its
// own, so a form that shows them does not carry the checks (./attachments.ts), which load with
// the first photo.
import { imageTypeValues } from '../api/generated/enums.js';

export const IMAGE_TYPES = imageTypeValues;
export type ImageType = (typeof IMAGE_TYPES)[number];

export interface AttachmentLimits {
  maxCount: number;
  maxBytes: number;
  types: readonly ImageType[];
}

export const DEFAULT_ATTACHMENT_LIMITS: AttachmentLimits = {
  maxCount: 5,
  maxBytes: 5 * 1024 * 1024,
  types: IMAGE_TYPES,
};
