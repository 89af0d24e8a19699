import { describe, expect, it } from 'vitest';
import { findTrigger, keyAction, mentionedIds, parseAddresses, replaceRange } from './composerText';
import { splitQuotedHtml, splitQuotedText } from './quoted';
import { sanitizeHtml } from './sanitize';
import { withTab } from './storage';
import { fillVariables } from './variables';
describe('fillVariables', () => {
    const context = {
        contact: { name: 'Ann Lee', email: 'ann@example.com' },
        agent: { name: 'Mina' },
        conversation: { id: 'c-1' },
        workspace: { name: 'Acme' },
    };
    it('fills every known variable, with or without spaces in the braces', () => {
        expect(fillVariables('Hi {{contact.name}} ({{ contact.email }}), {{agent.name}} of {{workspace.name}} – #{{conversation.id}}', context))
            .toBe('Hi Ann Lee (ann@example.com), Mina of Acme – #c-1');
    });
    it('leaves unknown variables visible and known ones without a value empty', () => {
        expect(fillVariables('{{order.id}} {{contact.name}}!', { contact: { name: null } })).toBe('{{order.id}} !');
    });
    it('does not interpret braces inside values again', () => {
        expect(fillVariables('{{contact.name}}', { contact: { name: '{{agent.name}}' }, agent: { name: 'x' } })).toBe('{{agent.name}}');
    });
});
describe('splitQuotedText', () => {
    it('collapses everything from "On … wrote:"', () => {
        const split = splitQuotedText('Thanks, that works.\n\nOn Tue, 3 Mar 2026 at 10:00, Support <s@x.com> wrote:\n> Try again\n> please');
        expect(split.body).toBe('Thanks, that works.');
        expect(split.quoted).toMatch(/^On Tue.*wrote:\n> Try again/);
    });
    it('collapses a trailing block of > lines but keeps inline answers', () => {
        const split = splitQuotedText('> question one\nanswer one\n\n> older\n> mail');
        expect(split.body).toBe('> question one\nanswer one');
        expect(split.quoted).toBe('> older\n> mail');
    });
    it('recognises Outlook and CJK attributions', () => {
        expect(splitQuotedText('ok\n-----Original Message-----\nFrom: a').quoted).toMatch(/^-----Original/);
        expect(splitQuotedText('好的\n2026年3月3日 张三 写道：\n> 你好').body).toBe('好的');
    });
    it('keeps text without quotes, and an all-quoted text, whole', () => {
        expect(splitQuotedText('Hello\nthere')).toEqual({ body: 'Hello\nthere', quoted: null });
        expect(splitQuotedText('> only quoted')).toEqual({ body: '> only quoted', quoted: null });
    });
});
describe('splitQuotedHtml', () => {
    it('moves the blockquote and its attribution line to the quoted part', () => {
        const split = splitQuotedHtml('<p>New answer</p><div>On Mon, Ann wrote:</div><blockquote><p>Old</p></blockquote>');
        expect(split.body).toBe('<p>New answer</p>');
        expect(split.quoted).toContain('Ann wrote:');
        expect(split.quoted).toContain('<blockquote>');
    });
    it('recognises the Gmail quote wrapper', () => {
        const split = splitQuotedHtml('<div>Hi</div><div class="gmail_quote">earlier</div>');
        expect(split.body).toBe('<div>Hi</div>');
        expect(split.quoted).toContain('earlier');
    });
    it('keeps HTML without quotes whole', () => {
        expect(splitQuotedHtml('<p>Hi</p>')).toEqual({ body: '<p>Hi</p>', quoted: null });
    });
});
describe('sanitizeHtml', () => {
    it('strips scripts, event handlers and javascript: URLs', () => {
        const clean = sanitizeHtml('<p onclick="alert(1)">Hi<script>alert(2)</script></p><img src=x onerror=alert(3)>'
            + '<a href="javascript:alert(4)">link</a><a href="JaVaScRiPt:alert(5)">b</a><svg onload=alert(6)></svg>'
            + '<iframe src="javascript:alert(7)"></iframe><form action="https://evil"><input></form>'
            + '<div style="position:fixed;inset:0">cover</div><math><mi xlink:href="javascript:alert(8)">m</mi></math>');
        expect(clean).not.toMatch(/script|onclick|onerror|onload|javascript|<svg|<iframe|<form|<input|position|<math/i);
        expect(clean).toContain('Hi');
        expect(clean).toContain('cover');
    });
    it('opens links in a new tab without referrer and drops remote images', () => {
        const clean = sanitizeHtml('<a href="https://example.com">x</a><img src="https://tracker.example/p.gif"><img src="/api/v1/attachments/1">');
        expect(clean).toContain('target="_blank"');
        expect(clean).toContain('rel="noopener noreferrer nofollow"');
        expect(clean).not.toContain('tracker.example');
        expect(clean).toContain('src="/api/v1/attachments/1"');
        expect(clean).toMatch(/<img[^>]*alt=""/);
    });
});
describe('keyAction', () => {
    const key = (over) => ({ key: 'Enter', shiftKey: false, ctrlKey: false, metaKey: false, ...over });
    it('sends chats on Enter, keeps Shift+Enter as a new line', () => {
        expect(keyAction(key({}), 'CHAT')).toBe('send');
        expect(keyAction(key({ shiftKey: true }), 'SMS')).toBeNull();
    });
    it('sends emails only with Ctrl/⌘+Enter', () => {
        expect(keyAction(key({}), 'EMAIL')).toBeNull();
        expect(keyAction(key({ ctrlKey: true }), 'EMAIL')).toBe('send');
        expect(keyAction(key({ metaKey: true }), 'EMAIL')).toBe('send');
    });
    it('never sends while an IME composition is being confirmed, nor on other keys', () => {
        expect(keyAction(key({ isComposing: true }), 'CHAT')).toBeNull();
        expect(keyAction(key({ key: 'a' }), 'CHAT')).toBeNull();
    });
});
describe('findTrigger', () => {
    it('finds "/" and "@" at the start of a word', () => {
        expect(findTrigger('/ref', 4, ['/'])).toEqual({ char: '/', query: 'ref', start: 0 });
        expect(findTrigger('hello @an', 9, ['@'])).toEqual({ char: '@', query: 'an', start: 6 });
        expect(findTrigger('hi\n/', 4, ['/'])).toEqual({ char: '/', query: '', start: 3 });
    });
    it('ignores slashes inside words, URLs, e-mail addresses and disabled triggers', () => {
        expect(findTrigger('and/or', 6, ['/'])).toBeNull();
        expect(findTrigger('mail ann@x.com', 14, ['@'])).toBeNull();
        expect(findTrigger('@an', 3, ['/'])).toBeNull();
        expect(findTrigger('/ref done', 9, ['/'])).toBeNull();
    });
});
describe('mentions', () => {
    const team = [{ id: 'u1', name: 'Sam Super' }, { id: 'u2', name: 'Ann' }];
    it('keeps only mentions still present in the text', () => {
        expect(mentionedIds('@Sam Super please check', team)).toEqual(['u1']);
        expect(mentionedIds('Ann, please check', team)).toEqual([]);
        expect(mentionedIds('cc @Ann.', team)).toEqual(['u2']);
        expect(mentionedIds('cc @Annabel', team)).toEqual([]);
    });
    it('inserts a mention in place of the typed query', () => {
        expect(replaceRange('hi @sa there', 3, 6, '@Sam Super ')).toEqual({ text: 'hi @Sam Super  there', caret: 14 });
    });
});
describe('helpers', () => {
    it('parses address lists', () => {
        expect(parseAddresses('a@x.com, b@y.com;c@z.com  ')).toEqual(['a@x.com', 'b@y.com', 'c@z.com']);
    });
    it('keeps a bounded list of tabs', () => {
        let tabs = [{ id: 'a', unread: true }, { id: 'b' }];
        tabs = withTab(tabs, 'b');
        expect(tabs.map((t) => t.id)).toEqual(['a', 'b']);
        for (const id of ['c', 'd', 'e', 'f', 'g', 'h', 'i'])
            tabs = withTab(tabs, id);
        expect(tabs).toHaveLength(8);
        expect(tabs[0].id).toBe('a'); // unread tabs are kept, the oldest read one went
    });
});
