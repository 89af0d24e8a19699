import { useTranslation } from 'react-i18next';
import { changeLocale, currentLocale, type Locale, localeNames, locales } from '../lib/i18n';

export function LanguagePicker({ onChange }: { onChange?: (locale: Locale) => void }) {
  const { t } = useTranslation();
  return (
    <select aria-label={t('language')} value={currentLocale()}
            onChange={(e) => {
              const locale = e.target.value as Locale;
              changeLocale(locale);
              onChange?.(locale);
            }}>
      {locales.map((l) => <option key={l} value={l} lang={l}>{localeNames[l]}</option>)}
    </select>
  );
}
