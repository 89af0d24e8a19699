/** The customer's side of a conversation, as the message list gives it. */
export interface CustomerMessage {
  direction: 'INBOUND' | 'OUTBOUND';
  internal: boolean;
  text: string | null;
}

const MESSAGES = 3;
const MAX_QUERY = 500;

/**
 * What to search for while an agent reads a conversation: the customer's latest few messages, newest first,
 * cut to a length the search answers quickly. Empty when the customer has written nothing yet.
 */
export function suggestionQuery(messages: CustomerMessage[]): string {
  const latest = messages.filter((m) => m.direction === 'INBOUND' && !m.internal && m.text?.trim())
    .slice(-MESSAGES).reverse().map((m) => m.text!.trim());
  return latest.join('\n').slice(0, MAX_QUERY);
}

/** A short plain-text summary of an article for the reply: its title and its opening, whole words only. */
export function articleSummary(title: string, bodyText: string, maxLength = 280): string {
  const text = bodyText.replace(/\s+/g, ' ').trim();
  if (text.length <= maxLength) return `${title}\n${text}`;
  const cut = text.slice(0, maxLength);
  const space = cut.lastIndexOf(' ');
  return `${title}\n${space > maxLength / 2 ? cut.slice(0, space) : cut}…`;
}
