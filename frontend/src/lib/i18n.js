import i18n from 'i18next';
import { initReactI18next } from 'react-i18next';
export const locales = ['en', 'zh-CN', 'zh-TW', 'ko'];
export const localeNames = { en: 'English', 'zh-CN': '简体中文', 'zh-TW': '繁體中文', ko: '한국어' };
// Each feature keeps its messages in i18n/<locale>/<namespace>.json, so features can grow independently.
const files = import.meta.glob('../i18n/*/*.json', { eager: true, import: 'default' });
const resources = {};
for (const [path, messages] of Object.entries(files)) {
    const [, locale, namespace] = path.match(/i18n\/([^/]+)\/([^/]+)\.json$/);
    (resources[locale] ??= {})[namespace] = messages;
}
export function isLocale(value) {
    return !!value && locales.includes(value);
}
function preferredLocale() {
    const saved = localStorage.getItem('frontline.locale');
    if (isLocale(saved))
        return saved;
    const browser = navigator.language;
    if (browser.startsWith('ko'))
        return 'ko';
    if (/^zh-(TW|HK|MO|Hant)/i.test(browser))
        return 'zh-TW';
    if (browser.startsWith('zh'))
        return 'zh-CN';
    return 'en';
}
void i18n.use(initReactI18next).init({
    resources,
    lng: preferredLocale(),
    fallbackLng: 'en',
    defaultNS: 'common',
    keySeparator: false,
    interpolation: { escapeValue: false }, // React escapes
    returnNull: false,
});
document.documentElement.lang = i18n.language;
/** Switches the UI language now and remembers it in this browser (the server copy lives in the user's profile). */
export function changeLocale(locale) {
    localStorage.setItem('frontline.locale', locale);
    document.documentElement.lang = locale;
    void i18n.changeLanguage(locale);
}
export function currentLocale() {
    return isLocale(i18n.language) ? i18n.language : 'en';
}
export default i18n;
