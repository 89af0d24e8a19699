import { jsx as _jsx } from "react/jsx-runtime";
import { useQueryClient } from '@tanstack/react-query';
import { createContext, useContext, useEffect, useRef, useState } from 'react';
const LiveContext = createContext(null);
// Every event type the server publishes; EventSource only delivers named events we listen for.
export const EVENT_TYPES = [
    'conversation.created', 'message.received', 'message.sent', 'note.added', 'conversation.assigned',
    'conversation.status_changed', 'conversation.priority_changed', 'conversation.tagged',
    'message.delivery_changed', 'contact.created', 'contacts.merged', 'contact.erased',
    'agent_presence.changed', 'conversation.read', 'conversation.typing',
    // The names the server really sends (WorkspaceEvent.typeName: ConversationStatusChanged → conversation_status.changed).
    'conversation_status.changed', 'conversation_priority.changed', 'message_delivery.changed',
];
/**
 * One live connection per tab. The browser's EventSource reconnects by itself after a network drop; when it
 * gives up (the server answered an error) we reconnect with backoff. Events missed while disconnected are
 * recovered by refetching everything cached once the stream is back (the 'ready' event of a new connection).
 */
export function LiveEventsProvider({ children }) {
    const queryClient = useQueryClient();
    const listeners = useRef(new Set());
    const [state, setState] = useState('connecting');
    useEffect(() => {
        let source = null;
        let retry;
        let attempts = 0;
        let connectedBefore = false;
        let closed = false;
        const connect = () => {
            source = new EventSource('/api/v1/events/stream', { withCredentials: true });
            source.addEventListener('ready', () => {
                attempts = 0;
                setState('open');
                if (connectedBefore)
                    void queryClient.invalidateQueries();
                connectedBefore = true;
            });
            for (const type of EVENT_TYPES) {
                source.addEventListener(type, (message) => {
                    let data = {};
                    try {
                        data = JSON.parse(message.data);
                    }
                    catch {
                        return;
                    }
                    listeners.current.forEach((listener) => listener({ type, data }));
                });
            }
            source.onerror = () => {
                setState('reconnecting');
                if (source?.readyState === EventSource.CLOSED && !closed) {
                    const delay = Math.min(30_000, 1000 * 2 ** attempts++);
                    retry = setTimeout(connect, delay);
                }
            };
        };
        connect();
        return () => {
            closed = true;
            clearTimeout(retry);
            source?.close();
        };
    }, [queryClient]);
    const value = useRef({
        subscribe: (listener) => {
            listeners.current.add(listener);
            return () => listeners.current.delete(listener);
        },
        state,
    });
    value.current = { ...value.current, state };
    return _jsx(LiveContext.Provider, { value: value.current, children: children });
}
/** Calls {@code handler} for every live event; the latest handler is used without resubscribing. */
export function useLiveEvents(handler) {
    const live = useContext(LiveContext);
    const latest = useRef(handler);
    latest.current = handler;
    useEffect(() => live?.subscribe((event) => latest.current(event)), [live]);
}
export function useLiveState() {
    return useContext(LiveContext)?.state ?? 'connecting';
}
