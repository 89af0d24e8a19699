import DOMPurify from 'dompurify';

/**
 * Customer HTML (emails) is hostile. It is rendered only after this: no scripts, no event handlers, no forms,
 * frames, styles or embedded objects, only http(s)/mailto/tel links (opening in a new tab without referrer) and
 * images from data: or our own attachments. The server sanitizes too; this is the second, independent layer.
 */
const CONFIG = {
  USE_PROFILES: { html: true },
  FORBID_TAGS: ['style', 'script', 'iframe', 'frame', 'frameset', 'object', 'embed', 'form', 'input', 'button',
    'textarea', 'select', 'option', 'link', 'meta', 'base', 'svg', 'math', 'template', 'video', 'audio', 'source'],
  FORBID_ATTR: ['style', 'class', 'id', 'srcset', 'action', 'formaction', 'background', 'ping'],
  ALLOWED_URI_REGEXP: /^(?:https?:|mailto:|tel:|data:image\/(?:png|gif|jpe?g|webp);|\/api\/v1\/attachments\/|#)/i,
  ALLOW_DATA_ATTR: false,
  RETURN_TRUSTED_TYPE: false,
};

let hooked = false;
function hook() {
  if (hooked) return;
  hooked = true;
  DOMPurify.addHook('afterSanitizeAttributes', (node) => {
    if (node.tagName === 'A') {
      node.setAttribute('target', '_blank');
      node.setAttribute('rel', 'noopener noreferrer nofollow');
    }
    if (node.tagName === 'IMG') {
      const src = node.getAttribute('src') ?? '';
      // Remote images would track the agent's reading (and the CSP blocks them anyway).
      if (!/^(data:image\/|\/api\/v1\/attachments\/)/i.test(src)) node.removeAttribute('src');
      node.setAttribute('loading', 'lazy');
      if (!node.hasAttribute('alt')) node.setAttribute('alt', ''); // decorative unless the sender described it

    }
  });
}

export function sanitizeHtml(html: string): string {
  hook();
  // Email HTML keeps class/id for quote detection only inside splitQuotedHtml; the output keeps neither.
  return DOMPurify.sanitize(html, CONFIG) as unknown as string;
}

/** Like sanitizeHtml but keeps class and id, which only the quote splitter reads before the final pass. */
export function sanitizeKeepingMarkers(html: string): string {
  hook();
  return DOMPurify.sanitize(html, { ...CONFIG, FORBID_ATTR: CONFIG.FORBID_ATTR.filter((a) => a !== 'class' && a !== 'id') }) as unknown as string;
}
