// The composer's photos, loaded the first time a user adds one (or a draft brings some back):
// each file's type read from its bytes, the limits checked, its metadata removed, the upload
// started at once (so a draft keeps it across reloads), previews with removal, and failed
// uploads kept for a retry. An upload stops when its photo is removed or the composer leaves
// the page, and starts again (same bytes, same idempotency key) if the composer comes back.
import { css, html, nothing, type ReactiveController, type ReactiveControllerHost } from 'lit';
import { newIdempotencyKey, type SellerQuestionsClient } from '../../api/client.js';
import { isApiError } from '../../api/errors.js';
import {
  checkAttachment,
  checkAttachmentCount,
  SNIFF_BYTES,
  type AttachmentLimits,
  type AttachmentProblem,
  type ImageType,
} from '../../domain/attachments.js';
import { formatList, formatNumber } from '../../i18n/format.js';
import { isolate, msg, str } from '../../i18n/localize.js';
import type { DraftPhoto } from './composer.js';
import { errorText } from './error-text.js';
import { withoutMetadata } from './photo-metadata.js';

interface PendingPhoto {
  key: string;
  name: string;
  /** A local `blob:` preview; none for the photos of a restored draft. */
  preview: string | null;
  status: 'uploading' | 'done' | 'failed';
  attachment?: DraftPhoto;
  /** What is uploaded: the picked file without its metadata. */
  file?: Blob;
  /** The file without its metadata, while it is being prepared. */
  prepared?: Promise<Blob>;
  error?: string;
}

/** What the photos need from the composer. */
export interface PhotoHost extends ReactiveControllerHost {
  readonly client: SellerQuestionsClient | null;
  readonly limits: AttachmentLimits;
  /** The photos changed: save the draft, forget the submission key, re-render. */
  photosChanged(): void;
  /** Where focus goes after a photo is removed. */
  focusAddPhotos(): void;
  /** The composer's shadow root: the photos' rules are added to it. */
  readonly renderRoot: HTMLElement | DocumentFragment;
}

// The photos' rules come with their code: the first load of a form renders no photo.
const styles = css`
  .attachments {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space);
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .attachment {
    position: relative;
    display: grid;
    gap: calc(var(--_space) * 0.5);
    inline-size: 7rem;
    padding: calc(var(--_space) * 0.5);
    border: 1px solid var(--_border);
    border-radius: var(--_radius-small);
    font-size: var(--_font-size-small);
  }
  .attachment[data-status='uploading'] img {
    opacity: 0.5;
  }
  .attachment[data-status='failed'] {
    border-color: var(--_danger);
  }
  .attachment img {
    inline-size: 100%;
    block-size: 4.5rem;
    object-fit: cover;
    border-radius: var(--_radius-small);
  }
  .attachment .name {
    overflow: hidden;
    text-overflow: ellipsis;
    white-space: nowrap;
  }
  /* Without a preview (a restored draft's photo) the name stands in the remove button's row:
     as high as the button, and clear of it. */
  .attachment > .name:first-child {
    padding-inline-end: 2rem;
    line-height: 1.75rem;
  }
  .remove {
    position: absolute;
    inset-block-start: 0.25rem;
    inset-inline-end: 0.25rem;
    min-block-size: 1.75rem;
    inline-size: 1.75rem;
    padding: 0;
    border-radius: 999px;
    font-size: 1.1rem;
    line-height: 1;
  }
  ul.field-error {
    margin: 0;
    padding-inline-start: 1.25rem;
  }
`;

function describeProblem(problem: AttachmentProblem): string {
  const name = isolate(problem.name);
  switch (problem.code) {
    case 'unsupported_type':
      return msg(str`${name} is not a JPEG, PNG or WebP image.`, {
        id: 'attachments.unsupported',
      });
    case 'too_large': {
      const megabytes = formatNumber(Math.round(((problem.limit ?? 0) / 1_048_576) * 10) / 10);
      return msg(str`${name} is larger than ${megabytes} MB.`, {
        id: 'attachments.too_large',
      });
    }
    case 'empty':
      return msg(str`${name} is empty.`, { id: 'attachments.empty' });
    case 'too_many': {
      const limit = problem.limit ?? 0;
      return msg(str`${name} was not added: at most ${limit} photos.`, {
        id: 'attachments.too_many',
      });
    }
  }
}

export class ComposerPhotos implements ReactiveController {
  #photos: PendingPhoto[] = [];
  /** The uploads under way, by photo key. */
  readonly #uploads = new Map<string, AbortController>();
  /** Whether the composer is on the page: uploads wait until it is. */
  #connected = false;
  #errors: string[] = [];
  /** Names of photos a reload lost while they were uploading. */
  #notKept: string[] = [];
  readonly #host: PhotoHost;

  constructor(host: PhotoHost, restored: readonly DraftPhoto[]) {
    this.#host = host;
    this.restore(restored);
    host.addController(this);
  }

  /** Back on the page: the uploads stopped when it left start again. */
  hostConnected() {
    this.#connected = true;
    const root = this.#host.renderRoot;
    const sheet = styles.styleSheet;
    if (root instanceof ShadowRoot && sheet && !root.adoptedStyleSheets.includes(sheet))
      root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
    for (const photo of this.#photos)
      if (photo.status === 'uploading' && !this.#uploads.has(photo.key)) void this.#upload(photo);
  }

  /** Nothing uploads for a composer that left the page; its photos stay "uploading". */
  hostDisconnected() {
    this.#connected = false;
    for (const upload of this.#uploads.values()) upload.abort();
    this.#uploads.clear();
  }

  /**
   * Shows the photos of a draft as already uploaded, by name (a draft keeps no image URL).
   * `keepUploads`: photos this page is still uploading (or failed to) stay.
   */
  restore(attachments: readonly DraftPhoto[], keepUploads = false) {
    const kept = keepUploads ? this.#photos.filter((photo) => photo.status !== 'done') : [];
    const previews = new Map(this.#photos.map((photo) => [photo.attachment?.id, photo.preview]));
    for (const photo of this.#photos) {
      if (!kept.includes(photo) && !attachments.some(({ id }) => id === photo.attachment?.id))
        this.#drop(photo);
    }
    this.#photos = [
      ...attachments.map((attachment): PendingPhoto => ({
        key: attachment.id,
        name: attachment.name,
        // The local preview of a photo this page uploaded stays.
        preview: previews.get(attachment.id) ?? null,
        status: 'done',
        attachment,
      })),
      ...kept,
    ];
    if (!keepUploads) this.#errors = [];
  }

  /** Says which photos a reload lost (they were still uploading), until photos change. */
  tellNotKept(names: readonly string[]) {
    this.#notKept = [...names];
  }

  get count(): number {
    return this.#photos.length;
  }

  get attachments(): DraftPhoto[] {
    return this.#photos.flatMap((photo) => (photo.attachment ? [photo.attachment] : []));
  }

  /** Names of the photos not uploaded (yet): a reload would lose them. */
  get notUploaded(): string[] {
    return this.#photos.filter((photo) => photo.status !== 'done').map((photo) => photo.name);
  }

  get uploading(): boolean {
    return this.#photos.some((photo) => photo.status === 'uploading');
  }

  get failed(): boolean {
    return this.#photos.some((photo) => photo.status === 'failed');
  }

  /** Checks the files (count, real type, size) and starts uploading the ones that pass. */
  async add(files: readonly File[]) {
    const { limits } = this.#host;
    const errors: string[] = [];
    this.#notKept = [];
    // Each file's own problem first (not an image, too large): only photos that can be kept
    // take room, so a bad file never pushes a good one out with "at most 5 photos".
    const usable: { file: File; type: ImageType }[] = [];
    for (const file of files) {
      const head = new Uint8Array(await file.slice(0, SNIFF_BYTES).arrayBuffer());
      const checked = checkAttachment({ name: file.name, size: file.size, head }, limits);
      if ('problem' in checked) errors.push(describeProblem(checked.problem));
      else usable.push({ file, type: checked.type });
    }
    const { accepted, problems } = checkAttachmentCount(
      this.#photos.length,
      usable.map(({ file }) => file),
      limits,
    );
    errors.push(...problems.map(describeProblem));
    for (const { file, type } of usable.slice(0, accepted)) {
      const photo: PendingPhoto = {
        key: newIdempotencyKey(),
        name: file.name,
        preview: URL.createObjectURL(file),
        status: 'uploading',
        prepared: withoutMetadata(file, type, limits.maxBytes),
      };
      this.#photos = [...this.#photos, photo];
      void this.#upload(photo);
    }
    this.#errors = errors;
    this.#host.photosChanged();
  }

  async #upload(photo: PendingPhoto) {
    const client = this.#host.client;
    if (!client || !this.#connected) return;
    this.#uploads.get(photo.key)?.abort();
    const upload = new AbortController();
    this.#uploads.set(photo.key, upload);
    // Removed, or the composer left the page: whatever comes back is not shown.
    const stopped = () => upload.signal.aborted;
    this.#update(photo.key, { status: 'uploading' });
    try {
      const file = photo.file ?? (await photo.prepared);
      if (!file || stopped()) return;
      // Kept for a retry, which sends the same bytes under the same idempotency key.
      this.#update(photo.key, { file });
      const { id, name } = await client.uploadAttachment(file, photo.name, {
        idempotencyKey: photo.key,
        signal: upload.signal,
      });
      if (stopped()) return;
      this.#update(photo.key, { status: 'done', attachment: { id, name } });
    } catch (error) {
      if (stopped()) return;
      // A slow uplink, most of the time: not "the server took too long".
      const text =
        isApiError(error) && error.kind === 'timeout'
          ? msg('The photo took too long to upload. Check your connection, then retry it.', {
              id: 'composer.upload_timeout',
            })
          : errorText(error);
      this.#update(photo.key, { status: 'failed', error: text });
    } finally {
      if (this.#uploads.get(photo.key) === upload) this.#uploads.delete(photo.key);
    }
  }

  #update(key: string, change: Partial<PendingPhoto>) {
    this.#photos = this.#photos.map((photo) =>
      photo.key === key ? { ...photo, ...change } : photo,
    );
    this.#host.photosChanged();
  }

  /** Frees the local preview and stops the upload of a photo that goes away. */
  #drop(photo: PendingPhoto) {
    if (photo.preview?.startsWith('blob:')) URL.revokeObjectURL(photo.preview);
    this.#uploads.get(photo.key)?.abort();
    this.#uploads.delete(photo.key);
  }

  #remove(photo: PendingPhoto) {
    this.#drop(photo);
    this.#notKept = [];
    this.#photos = this.#photos.filter((candidate) => candidate.key !== photo.key);
    this.#host.photosChanged();
    this.#host.focusAddPhotos();
  }

  /** Forgets every photo (after a successful send), freeing local previews. */
  clear() {
    for (const photo of this.#photos) this.#drop(photo);
    this.#photos = [];
    this.#errors = [];
    this.#notKept = [];
  }

  render() {
    const notKept = this.#notKept.length ? formatList(this.#notKept) : '';
    return html`
      ${
        notKept
          ? html`<p class="field-error" part="field-error" role="status">
              ${msg(
                str`These photos were still uploading when the page was left and were not kept: ${notKept}. Add them again.`,
                { id: 'attachments.not_kept' },
              )}
            </p>`
          : nothing
      }
      ${
        this.#errors.length
          ? html`<ul class="field-error" part="field-error" role="alert">
              ${this.#errors.map((text) => html`<li>${text}</li>`)}
            </ul>`
          : nothing
      }
      ${
        this.#photos.length
          ? html`<ul class="attachments" part="attachments">
              ${this.#photos.map((photo) => this.#renderPhoto(photo))}
            </ul>`
          : nothing
      }
    `;
  }

  #renderPhoto(photo: PendingPhoto) {
    const name = photo.name;
    return html`
      <li class="attachment" part="attachment" data-status=${photo.status}>
        ${photo.preview ? html`<img src=${photo.preview} alt=${name} />` : nothing}
        <span class="name" id="name-${photo.key}" dir="auto">${name}</span>
        ${
          photo.status === 'uploading'
            ? html`<span class="muted">${msg('Uploading…', { id: 'attachments.uploading' })}</span>`
            : nothing
        }
        ${
          // Said as it happens (its photo's name first), and Retry says which photo it sends.
          photo.status === 'failed'
            ? html`<span class="field-error" role="alert"
                  ><span class="visually-hidden">${name}: </span>${photo.error}</span
                >
                <button
                  type="button"
                  class="link"
                  aria-describedby="name-${photo.key}"
                  @click=${() => void this.#upload(photo)}
                >
                  ${msg('Retry', { id: 'common.retry' })}
                </button>`
            : nothing
        }
        <button
          type="button"
          class="remove"
          aria-label=${msg(str`Remove ${name}`, { id: 'attachments.remove' })}
          @click=${() => {
            this.#remove(photo);
          }}
        >
          ×
        </button>
      </li>
    `;
  }
}
