import { useTranslation } from 'react-i18next';

export function InboxPage() {
  const { t } = useTranslation('inbox');
  return <div className="placeholder">{t('title')}</div>;
}
