import { useQueryClient } from '@tanstack/react-query';
import { createContext, type ReactNode, useContext, useEffect, useRef, useState } from 'react';

/** An event of the workspace as the live stream sends it: its type (`message.received`...) and JSON payload. */
export interface LiveEvent {
  type: string;
  data: Record<string, unknown>;
}

type Listener = (event: LiveEvent) => void;
export type LiveState = 'connecting' | 'open' | 'reconnecting';

interface Live {
  subscribe: (listener: Listener) => () => void;
  state: LiveState;
}

const LiveContext = createContext<Live | null>(null);

// Every event type the server publishes; EventSource only delivers named events we listen for.
export const EVENT_TYPES = [
  'conversation.created', 'message.received', 'message.sent', 'note.added', 'conversation.assigned',
  'conversation.status_changed', 'conversation.priority_changed', 'conversation.tagged',
  'message.delivery_changed', 'contact.created', 'contacts.merged', 'contact.erased',
  'agent_presence.changed', 'conversation.read', 'conversation.typing',
  // The names the server really sends (WorkspaceEvent.typeName: ConversationStatusChanged → conversation_status.changed).
  'conversation_status.changed', 'conversation_priority.changed', 'message_delivery.changed',
  'business_hours.changed',
  'routing_offer.created', 'routing_offer.accepted', 'routing_offer.declined', 'routing_offer.expired',
  'routing_offer.cancelled',
  'sla.warning', 'sla.breached', 'sla_policy.changed',
];

/**
 * One live connection per tab. The browser's EventSource reconnects by itself after a network drop; when it
 * gives up (the server answered an error) we reconnect with backoff. Events missed while disconnected are
 * recovered by refetching everything cached once the stream is back (the 'ready' event of a new connection).
 */
export function LiveEventsProvider({ children }: { children: ReactNode }) {
  const queryClient = useQueryClient();
  const listeners = useRef(new Set<Listener>());
  const [state, setState] = useState<LiveState>('connecting');

  useEffect(() => {
    let source: EventSource | null = null;
    let retry: ReturnType<typeof setTimeout> | undefined;
    let attempts = 0;
    let connectedBefore = false;
    let closed = false;

    const connect = () => {
      source = new EventSource('/api/v1/events/stream', { withCredentials: true });
      source.addEventListener('ready', () => {
        attempts = 0;
        setState('open');
        if (connectedBefore) void queryClient.invalidateQueries();
        connectedBefore = true;
      });
      for (const type of EVENT_TYPES) {
        source.addEventListener(type, (message) => {
          let data: Record<string, unknown> = {};
          try {
            data = JSON.parse((message as MessageEvent<string>).data);
          } catch {
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

  const value = useRef<Live>({
    subscribe: (listener) => {
      listeners.current.add(listener);
      return () => listeners.current.delete(listener);
    },
    state,
  });
  value.current = { ...value.current, state };
  return <LiveContext.Provider value={value.current}>{children}</LiveContext.Provider>;
}

/** Calls {@code handler} for every live event; the latest handler is used without resubscribing. */
export function useLiveEvents(handler: Listener) {
  const live = useContext(LiveContext);
  const latest = useRef(handler);
  latest.current = handler;
  useEffect(() => live?.subscribe((event) => latest.current(event)), [live]);
}

export function useLiveState(): LiveState {
  return useContext(LiveContext)?.state ?? 'connecting';
}
