// Links and image sources from the backend are checked before they reach an attribute: only
// http(s) (and blob:/data: images for local previews). A `javascript:` URL is never rendered.

const IMAGE_DATA = /^data:image\/(png|jpeg|webp|gif);base64,[a-z0-9+/=]+$/i;

function parse(url: string): URL | null {
  try {
    return new URL(url, document.baseURI);
  } catch {
    return null;
  }
}

/** The URL if it is safe to link to (http or https), else null. */
export function safeLinkUrl(url: string | null | undefined): string | null {
  if (!url) return null;
  const parsed = parse(url);
  return parsed && (parsed.protocol === 'https:' || parsed.protocol === 'http:')
    ? parsed.href
    : null;
}

/** The URL if it is safe as an image source, else null. */
export function safeImageUrl(url: string | null | undefined): string | null {
  if (!url) return null;
  if (IMAGE_DATA.test(url)) return url;
  const parsed = parse(url);
  if (!parsed) return null;
  return ['https:', 'http:', 'blob:'].includes(parsed.protocol) ? parsed.href : null;
}
