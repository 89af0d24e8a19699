import { describe, expect, it } from 'vitest';
import { catalogs, pickLocale, translator, waitText } from './messages';

describe('widget messages', () => {
  it('reads the browser language as one of the four catalogs', () => {
    expect(pickLocale('zh-CN')).toBe('zh-Hans');
    expect(pickLocale('zh-TW')).toBe('zh-Hant');
    expect(pickLocale('zh-Hant-HK')).toBe('zh-Hant');
    expect(pickLocale('zh-HK')).toBe('zh-Hant');
    expect(pickLocale('ko-KR')).toBe('ko');
    expect(pickLocale('de-DE')).toBe('en');
  });

  it('has every key in every language with the same placeholders', () => {
    const placeholders = (text: string) => (text.match(/\{\{\w+\}\}/g) ?? []).sort().join();
    for (const [, words] of Object.entries(catalogs)) {
      expect(Object.keys(words).sort()).toEqual(Object.keys(catalogs.en).sort());
      for (const [key, text] of Object.entries(words)) {
        expect(placeholders(text)).toBe(placeholders((catalogs.en as Record<string, string>)[key]));
      }
    }
  });

  it('words the expected wait and plurals', () => {
    const t = translator('en');
    expect(waitText(t, 30)).toBe('under a minute');
    expect(waitText(t, 60)).toBe('1 minute');
    expect(waitText(t, 300)).toBe('5 minutes');
    expect(t('wait', { time: waitText(t, 7200) })).toBe('We usually reply in 2 hours.');
    expect(translator('ko')('unread', { count: 3 })).toBe('읽지 않은 메시지 3개');
  });
});
