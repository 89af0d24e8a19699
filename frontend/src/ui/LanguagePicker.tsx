import { type Locale, locales, useI18n } from '../i18n/i18n';

const names: Record<Locale, string> = { en: 'English', 'zh-CN': '简体中文', 'zh-TW': '繁體中文', ko: '한국어' };

export function LanguagePicker() {
  const { locale, setLocale } = useI18n();
  return (
    <select aria-label="Language" value={locale} onChange={(e) => setLocale(e.target.value as Locale)}>
      {locales.map((l) => <option key={l} value={l}>{names[l]}</option>)}
    </select>
  );
}
