import { useTranslation } from 'react-i18next';

export function ContactsPage() {
  const { t } = useTranslation('customer');
  return <div className="placeholder">{t('title')}</div>;
}
