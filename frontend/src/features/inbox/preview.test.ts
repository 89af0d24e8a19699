import { describe, expect, it } from 'vitest';
import { previewAuthor } from './preview';

const names = new Map([['u-me', 'Alex Agent'], ['u-mina', 'Mina Park']]);

describe('previewAuthor', () => {
  it('says "You" only for my own reply', () => {
    expect(previewAuthor({ lastMessageDirection: 'OUTBOUND', lastMessageAuthorType: 'AGENT', lastMessageAuthorId: 'u-me' }, 'u-me', names))
      .toEqual({ kind: 'you' });
  });

  it('names a colleague who replied, or no one when the name is unknown', () => {
    expect(previewAuthor({ lastMessageDirection: 'OUTBOUND', lastMessageAuthorType: 'AGENT', lastMessageAuthorId: 'u-mina' }, 'u-me', names))
      .toEqual({ kind: 'colleague', name: 'Mina Park' });
    expect(previewAuthor({ lastMessageDirection: 'OUTBOUND', lastMessageAuthorType: 'AGENT', lastMessageAuthorId: 'u-gone' }, 'u-me', names))
      .toEqual({ kind: 'none' });
  });

  it('marks the answer bot', () => {
    expect(previewAuthor({ lastMessageDirection: 'OUTBOUND', lastMessageAuthorType: 'BOT', lastMessageAuthorId: null }, 'u-me', names))
      .toEqual({ kind: 'bot' });
  });

  it('leaves the customer and system messages unprefixed', () => {
    expect(previewAuthor({ lastMessageDirection: 'INBOUND', lastMessageAuthorType: 'CONTACT', lastMessageAuthorId: null }, 'u-me', names))
      .toEqual({ kind: 'none' });
    expect(previewAuthor({ lastMessageDirection: 'OUTBOUND', lastMessageAuthorType: 'SYSTEM', lastMessageAuthorId: null }, 'u-me', names))
      .toEqual({ kind: 'none' });
    expect(previewAuthor({ lastMessageDirection: null }, 'u-me', names)).toEqual({ kind: 'none' });
  });

  it('keeps "You" for an outbound preview of a server that does not say who wrote it', () => {
    expect(previewAuthor({ lastMessageDirection: 'OUTBOUND' }, 'u-me', names)).toEqual({ kind: 'you' });
  });
});
