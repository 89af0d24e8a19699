import type { Message } from './api';

// Hangul syllables and jamo (incl. compatibility jamo): enough to tell Korean text from the other scripts we see.
const HANGUL = /[\u1100-\u11FF\u3130-\u318F\uAC00-\uD7AF]/;

/**
 * The language to mark a message body with, so the thread can wrap it the way its script wants (Korean
 * between words, not syllables: `word-break: keep-all` on `[lang|=ko]`). The bot's messages say their
 * language; anyone else's are Korean when they contain Hangul. Otherwise undefined: the body inherits
 * the page's language, and keep-all must not reach Chinese or Japanese text, which has no spaces to break at.
 */
export function bodyLanguage(message: Pick<Message, 'text' | 'html' | 'metadata'>): string | undefined {
  const botLanguage = message.metadata?.bot?.language;
  if (botLanguage) return botLanguage;
  const body = message.text ?? message.html; // markup is ASCII: Hangul in it is the content's
  return body && HANGUL.test(body) ? 'ko' : undefined;
}
