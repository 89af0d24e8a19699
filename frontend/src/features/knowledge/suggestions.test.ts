import { describe, expect, it } from 'vitest';
import { articleSummary, suggestionQuery } from './suggestions';

describe('suggestionQuery', () => {
  it('uses the customer’s latest three messages, newest first, and ignores agents and notes', () => {
    const query = suggestionQuery([
      { direction: 'INBOUND', internal: false, text: 'first' },
      { direction: 'INBOUND', internal: false, text: 'second' },
      { direction: 'OUTBOUND', internal: false, text: 'agent reply' },
      { direction: 'OUTBOUND', internal: true, text: 'note' },
      { direction: 'INBOUND', internal: false, text: '비밀번호를 잊어버렸어요' },
      { direction: 'INBOUND', internal: false, text: '  ' },
      { direction: 'INBOUND', internal: false, text: 'last' },
    ]);
    expect(query).toBe('last\n비밀번호를 잊어버렸어요\nsecond');
  });

  it('is empty before the customer wrote anything', () => {
    expect(suggestionQuery([{ direction: 'OUTBOUND', internal: false, text: 'Hello' }])).toBe('');
  });
});

describe('articleSummary', () => {
  it('keeps short bodies whole and cuts long ones at a word', () => {
    expect(articleSummary('Reset', 'Open   settings.')).toBe('Reset\nOpen settings.');
    expect(articleSummary('Reset', 'one two three four five', 12)).toBe('Reset\none two…');
  });
});
