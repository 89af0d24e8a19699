import { describe, expect, it } from 'vitest';
import { sanitizeHtml, sanitizeWithImages } from './sanitize';
const mail = '<p>Hi</p><img src="https://tracker.example/p.gif"><img src="http://cdn.example/logo.png" alt="Logo">'
    + '<div style="background:url(https://css.example/x.png)" background="https://attr.example/y.png">x</div>'
    + '<style>body{background:url(https://style.example/z.png)}</style><img src="/api/v1/attachments/1">';
describe('remote images in email HTML', () => {
    it('are blocked and counted until the agent asks to show them', () => {
        const blocked = sanitizeWithImages(mail, false);
        expect(blocked.remoteImages).toBe(2);
        expect(blocked.html).not.toMatch(/tracker\.example|cdn\.example/);
        expect(blocked.html).toContain('src="/api/v1/attachments/1"');
    });
    it('load on request, without referrer, and never through CSS', () => {
        const shown = sanitizeWithImages(mail, true);
        expect(shown.remoteImages).toBe(2);
        expect(shown.html).toContain('src="https://tracker.example/p.gif"');
        expect(shown.html).not.toContain('cdn.example'); // plain http stays out (the CSP allows https images only)
        expect(shown.html).toMatch(/<img[^>]*referrerpolicy="no-referrer"/);
        expect(shown.html).not.toMatch(/css\.example|attr\.example|style\.example|style=|background/);
    });
    it('stays blocked for the default sanitizer and after a shown message', () => {
        sanitizeWithImages(mail, true);
        expect(sanitizeHtml(mail)).not.toContain('tracker.example');
        expect(sanitizeWithImages('<img src="javascript:alert(1)">', true).html).not.toContain('javascript');
    });
});
