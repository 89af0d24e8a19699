import { useQuery } from '@tanstack/react-query';
import { useEffect, useMemo, useRef, useState } from 'react';
import { api } from '../../lib/http';
import { useLiveEvents } from '../../lib/live';
import { ProblemError } from '../../lib/http';
/** How long "typing…" stays without a new `conversation.typing` event, and how often agent typing is sent. */
export const TYPING_SHOWN_MS = 6000;
export const TYPING_SEND_EVERY_MS = 3000;
const realTimers = { set: (fn, ms) => setTimeout(fn, ms), clear: (h) => clearTimeout(h) };
/** The contact's typing state from live events: on with `typing:true`, off with `typing:false` or 6 s of silence. */
export function typingIndicator(onChange, timers = realTimers) {
    let handle = null;
    let shown = false;
    const show = (next) => {
        if (next !== shown) {
            shown = next;
            onChange(next);
        }
    };
    const clear = () => {
        if (handle != null)
            timers.clear(handle);
        handle = null;
    };
    return {
        event(typing) {
            clear();
            if (typing)
                handle = timers.set(() => { handle = null; show(false); }, TYPING_SHOWN_MS);
            show(typing);
        },
        dispose: clear,
    };
}
/** The agent's typing, sent at most every 3 s while they type; `stop` sends false once if true was sent. */
export function typingSender(send, now = Date.now) {
    let lastSent = -Infinity;
    let active = false;
    return {
        input() {
            const t = now();
            if (t - lastSent >= TYPING_SEND_EVERY_MS) {
                lastSent = t;
                active = true;
                send(true);
            }
        },
        stop() {
            if (active) {
                active = false;
                lastSent = -Infinity;
                send(false);
            }
        },
    };
}
/** Whether the contact of this conversation is typing right now (live event `conversation.typing`). */
export function useContactTyping(conversationId) {
    const [typing, setTyping] = useState(false);
    const indicator = useMemo(() => typingIndicator(setTyping), []);
    useEffect(() => () => indicator.dispose(), [indicator]);
    useLiveEvents(({ type, data }) => {
        if (type === 'conversation.typing' && data.conversationId === conversationId && data.by === 'contact') {
            indicator.event(data.typing === true);
        }
    });
    return typing;
}
/** Sends the agent's typing for a chat conversation (no-op for other channels); failures are ignored. */
export function useAgentTyping(conversationId, enabled) {
    const sender = useMemo(() => typingSender((typing) => {
        void api.post(`/conversations/${conversationId}/typing`, { typing }).catch(() => undefined);
    }), [conversationId]);
    const enabledRef = useRef(enabled);
    enabledRef.current = enabled;
    useEffect(() => () => sender.stop(), [sender]);
    return useMemo(() => ({
        input: () => { if (enabledRef.current)
            sender.input(); },
        stop: () => sender.stop(),
    }), [sender]);
}
/** The customer's rating of the conversation, or null when not rated (404). */
export function useRating(conversationId, enabled) {
    return useQuery({
        queryKey: ['conversation', conversationId, 'rating'],
        enabled,
        queryFn: async () => {
            try {
                return await api.get(`/conversations/${conversationId}/rating`);
            }
            catch (error) {
                if (error instanceof ProblemError && error.status === 404)
                    return null;
                throw error;
            }
        },
    });
}
