import { useTranslation } from 'react-i18next';

export function OperatorPage() {
  const { t } = useTranslation('settings');
  return <div className="placeholder">{t('operator.title')}</div>;
}
