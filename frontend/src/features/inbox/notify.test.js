import { describe, expect, it } from 'vitest';
import { alertFor, loadNotifySettings, saveNotifySettings } from './notify';
const ME = 'me-1';
describe('alerts', () => {
    it('alerts on a conversation assigned to me by someone else', () => {
        expect(alertFor({ type: 'conversation.assigned', data: { conversationId: 'a', assignee: ME, actor: { type: 'USER', id: 'boss' } } }, ME))
            .toEqual({ kind: 'assigned', conversationId: 'a' });
        expect(alertFor({ type: 'conversation.assigned', data: { conversationId: 'a', assigneeId: 'other' } }, ME)).toBeNull();
    });
    it('stays quiet when I assign myself or mention myself', () => {
        expect(alertFor({ type: 'conversation.assigned', data: { conversationId: 'a', assignee: ME, actor: { type: 'USER', id: ME } } }, ME)).toBeNull();
        expect(alertFor({ type: 'note.added', data: { conversationId: 'a', author: ME, mentions: [ME] } }, ME)).toBeNull();
    });
    it('alerts on a note mentioning me', () => {
        expect(alertFor({ type: 'note.added', data: { conversationId: 'a', author: 'u2', mentions: [ME, 'u3'] } }, ME))
            .toEqual({ kind: 'mentioned', conversationId: 'a' });
        expect(alertFor({ type: 'message.received', data: { conversationId: 'a' } }, ME)).toBeNull();
    });
});
describe('notification settings', () => {
    it('are off by default and remembered', () => {
        const store = new Map();
        const storage = { getItem: (k) => store.get(k) ?? null, setItem: (k, v) => void store.set(k, v) };
        expect(loadNotifySettings(storage)).toEqual({ sound: false, desktop: false });
        saveNotifySettings({ sound: true, desktop: false }, storage);
        expect(loadNotifySettings(storage)).toEqual({ sound: true, desktop: false });
        store.set('frontline.inbox.notifications', 'not json');
        expect(loadNotifySettings(storage)).toEqual({ sound: false, desktop: false });
    });
});
