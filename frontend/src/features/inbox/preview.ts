import type { InboxItem } from './api';

/** Whose words a list row's preview shows, to prefix it with: the agent's own, the bot's, a colleague's (by name), or none. */
export type PreviewAuthor = { kind: 'you' } | { kind: 'bot' } | { kind: 'colleague'; name: string } | { kind: 'none' };

/**
 * "You:" only for the signed-in agent's own reply: the answer bot also writes outbound messages, and so do
 * colleagues. A server that does not say who wrote the preview (no `lastMessageAuthorType`) only tells
 * outbound from inbound; its outbound previews keep the "You:" they always had.
 */
export function previewAuthor(item: Pick<InboxItem, 'lastMessageDirection' | 'lastMessageAuthorType' | 'lastMessageAuthorId'>,
                              me: string, names: ReadonlyMap<string, string>): PreviewAuthor {
  if (item.lastMessageDirection !== 'OUTBOUND') return { kind: 'none' };
  switch (item.lastMessageAuthorType) {
    case undefined:
      return { kind: 'you' };
    case 'BOT':
      return { kind: 'bot' };
    case 'AGENT': {
      if (item.lastMessageAuthorId === me) return { kind: 'you' };
      const name = item.lastMessageAuthorId ? names.get(item.lastMessageAuthorId) : undefined;
      return name ? { kind: 'colleague', name } : { kind: 'none' };
    }
    default:
      return { kind: 'none' };
  }
}
