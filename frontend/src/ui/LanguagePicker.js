import { jsx as _jsx } from "react/jsx-runtime";
import { useTranslation } from 'react-i18next';
import { changeLocale, currentLocale, localeNames, locales } from '../lib/i18n';
export function LanguagePicker({ onChange }) {
    const { t } = useTranslation();
    return (_jsx("select", { "aria-label": t('language'), value: currentLocale(), onChange: (e) => {
            const locale = e.target.value;
            changeLocale(locale);
            onChange?.(locale);
        }, children: locales.map((l) => _jsx("option", { value: l, lang: l, children: localeNames[l] }, l)) }));
}
