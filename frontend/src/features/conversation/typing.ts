import { useQuery } from '@tanstack/react-query';
import { useEffect, useMemo, useRef, useState } from 'react';
import { api } from '../../lib/http';
import { useLiveEvents } from '../../lib/live';
import { ProblemError } from '../../lib/http';

/** How long "typing…" stays without a new `conversation.typing` event, and how often agent typing is sent. */
export const TYPING_SHOWN_MS = 6000;
export const TYPING_SEND_EVERY_MS = 3000;

type Timers = { set: (fn: () => void, ms: number) => unknown; clear: (handle: unknown) => void };
const realTimers: Timers = { set: (fn, ms) => setTimeout(fn, ms), clear: (h) => clearTimeout(h as ReturnType<typeof setTimeout>) };

/** The contact's typing state from live events: on with `typing:true`, off with `typing:false` or 6 s of silence. */
export function typingIndicator(onChange: (typing: boolean) => void, timers: Timers = realTimers) {
  let handle: unknown = null;
  let shown = false;
  const show = (next: boolean) => {
    if (next !== shown) {
      shown = next;
      onChange(next);
    }
  };
  const clear = () => {
    if (handle != null) timers.clear(handle);
    handle = null;
  };
  return {
    event(typing: boolean) {
      clear();
      if (typing) handle = timers.set(() => { handle = null; show(false); }, TYPING_SHOWN_MS);
      show(typing);
    },
    dispose: clear,
  };
}

/** The agent's typing, sent at most every 3 s while they type; `stop` sends false once if true was sent. */
export function typingSender(send: (typing: boolean) => void, now: () => number = Date.now) {
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
export function useContactTyping(conversationId: string) {
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
export function useAgentTyping(conversationId: string, enabled: boolean) {
  const sender = useMemo(() => typingSender((typing) => {
    void api.post(`/conversations/${conversationId}/typing`, { typing }).catch(() => undefined);
  }), [conversationId]);
  const enabledRef = useRef(enabled);
  enabledRef.current = enabled;
  useEffect(() => () => sender.stop(), [sender]);
  return useMemo(() => ({
    input: () => { if (enabledRef.current) sender.input(); },
    stop: () => sender.stop(),
  }), [sender]);
}

export interface Rating {
  score: number;
  comment: string | null;
  ratedAt: string;
}

/** The customer's rating of the conversation, or null when not rated (404). */
export function useRating(conversationId: string, enabled: boolean) {
  return useQuery({
    queryKey: ['conversation', conversationId, 'rating'],
    enabled,
    queryFn: async () => {
      try {
        return await api.get<Rating>(`/conversations/${conversationId}/rating`);
      } catch (error) {
        if (error instanceof ProblemError && error.status === 404) return null;
        throw error;
      }
    },
  });
}
