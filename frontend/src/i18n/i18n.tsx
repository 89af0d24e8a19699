import { createContext, type ReactNode, useContext, useMemo, useState } from 'react';
import en from './en.json';
import ko from './ko.json';
import zhCN from './zh-CN.json';
import zhTW from './zh-TW.json';

export const locales = ['en', 'zh-CN', 'zh-TW', 'ko'] as const;
export type Locale = (typeof locales)[number];
const catalogs: Record<Locale, Record<string, string>> = { en, 'zh-CN': zhCN, 'zh-TW': zhTW, ko };

function preferredLocale(): Locale {
  const saved = localStorage.getItem('frontline.locale');
  if (saved && (locales as readonly string[]).includes(saved)) return saved as Locale;
  const browser = navigator.language;
  if (browser.startsWith('ko')) return 'ko';
  if (/^zh-(TW|HK|Hant)/i.test(browser)) return 'zh-TW';
  if (browser.startsWith('zh')) return 'zh-CN';
  return 'en';
}

interface I18n {
  locale: Locale;
  setLocale: (locale: Locale) => void;
  t: (key: string, params?: Record<string, string>) => string;
}

const I18nContext = createContext<I18n | null>(null);

export function I18nProvider({ children }: { children: ReactNode }) {
  const [locale, setLocaleState] = useState<Locale>(preferredLocale);
  const value = useMemo<I18n>(() => ({
    locale,
    setLocale: (next) => {
      localStorage.setItem('frontline.locale', next);
      document.documentElement.lang = next;
      setLocaleState(next);
    },
    t: (key, params = {}) => {
      const template = catalogs[locale][key] ?? catalogs.en[key] ?? key;
      return template.replace(/\{(\w+)\}/g, (_, name: string) => params[name] ?? '');
    },
  }), [locale]);
  return <I18nContext.Provider value={value}>{children}</I18nContext.Provider>;
}

export function useI18n(): I18n {
  const context = useContext(I18nContext);
  if (!context) throw new Error('useI18n outside I18nProvider');
  return context;
}
