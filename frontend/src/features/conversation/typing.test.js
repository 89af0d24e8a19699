import { describe, expect, it, vi } from 'vitest';
import { TYPING_SEND_EVERY_MS, TYPING_SHOWN_MS, typingIndicator, typingSender } from './typing';
describe('contact typing indicator', () => {
    it('shows on typing, hides 6 s after the last event or on typing:false', () => {
        vi.useFakeTimers();
        try {
            const changes = [];
            const indicator = typingIndicator((typing) => changes.push(typing));
            indicator.event(true);
            vi.advanceTimersByTime(TYPING_SHOWN_MS - 1000);
            indicator.event(true); // a new event restarts the 6 s
            vi.advanceTimersByTime(TYPING_SHOWN_MS - 1000);
            expect(changes).toEqual([true]);
            vi.advanceTimersByTime(1000);
            expect(changes).toEqual([true, false]);
            indicator.event(true);
            indicator.event(false);
            expect(changes).toEqual([true, false, true, false]);
            vi.advanceTimersByTime(TYPING_SHOWN_MS * 2);
            expect(changes).toEqual([true, false, true, false]);
        }
        finally {
            vi.useRealTimers();
        }
    });
});
describe('agent typing sender', () => {
    it('sends true at most every 3 s while typing and false once on stop', () => {
        let now = 0;
        const sent = [];
        const sender = typingSender((typing) => sent.push(typing), () => now);
        sender.input();
        now += 1000;
        sender.input();
        now += 1000;
        sender.input();
        expect(sent).toEqual([true]);
        now += TYPING_SEND_EVERY_MS;
        sender.input();
        expect(sent).toEqual([true, true]);
        sender.stop();
        sender.stop();
        expect(sent).toEqual([true, true, false]);
        sender.input(); // typing again right after sending starts anew
        expect(sent).toEqual([true, true, false, true]);
    });
});
