import { useTranslation } from 'react-i18next';

export function SettingsPage() {
  const { t } = useTranslation('settings');
  return <div className="placeholder">{t('title')}</div>;
}
