import DOMPurify from 'dompurify';
/**
 * Customer HTML (emails) is hostile. It is rendered only after this: no scripts, no event handlers, no forms,
 * frames, styles or embedded objects, only http(s)/mailto/tel links (opening in a new tab without referrer) and
 * images from data: or our own attachments. Remote (http/https) images are dropped unless the agent asked to see
 * them for this message (`remoteImages`); CSS can never load anything (no style tags or attributes, no
 * `background`). The server sanitizes too; this is the second, independent layer.
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
/** Set only while one sanitize call runs (DOMPurify is synchronous): remote images allowed, and how many were seen. */
let allowRemote = false;
let remoteSeen = 0;
const REMOTE = /^https?:\/\//i;
let hooked = false;
function hook() {
    if (hooked)
        return;
    hooked = true;
    DOMPurify.addHook('afterSanitizeAttributes', (node) => {
        if (node.tagName === 'A') {
            node.setAttribute('target', '_blank');
            node.setAttribute('rel', 'noopener noreferrer nofollow');
        }
        if (node.tagName === 'IMG') {
            const src = node.getAttribute('src') ?? '';
            // Remote images would track the agent's reading: loaded only after a click on "Show images".
            if (REMOTE.test(src)) {
                remoteSeen++;
                // Shown only over https (the page's CSP allows no plain-http images).
                if (allowRemote && /^https:/i.test(src))
                    node.setAttribute('referrerpolicy', 'no-referrer');
                else
                    node.removeAttribute('src');
            }
            else if (!/^(data:image\/|\/api\/v1\/attachments\/)/i.test(src))
                node.removeAttribute('src');
            node.setAttribute('loading', 'lazy');
            if (!node.hasAttribute('alt'))
                node.setAttribute('alt', ''); // decorative unless the sender described it
        }
    });
}
function run(html, config, remoteImages) {
    hook();
    allowRemote = remoteImages;
    remoteSeen = 0;
    try {
        return DOMPurify.sanitize(html, config);
    }
    finally {
        allowRemote = false;
    }
}
export function sanitizeHtml(html, remoteImages = false) {
    // Email HTML keeps class/id for quote detection only inside splitQuotedHtml; the output keeps neither.
    return run(html, CONFIG, remoteImages);
}
/** Sanitized HTML plus whether it had remote images (to offer "Show images" while they are blocked). */
export function sanitizeWithImages(html, remoteImages) {
    const clean = run(html, CONFIG, remoteImages);
    return { html: clean, remoteImages: remoteSeen };
}
/** Like sanitizeHtml but keeps class and id, which only the quote splitter reads before the final pass. */
export function sanitizeKeepingMarkers(html, remoteImages = false) {
    return run(html, { ...CONFIG, FORBID_ATTR: CONFIG.FORBID_ATTR.filter((a) => a !== 'class' && a !== 'id') }, remoteImages);
}
