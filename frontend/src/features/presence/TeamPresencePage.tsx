import { useTranslation } from 'react-i18next';

export function TeamPresencePage() {
  const { t } = useTranslation('presence');
  return <div className="placeholder">{t('title')}</div>;
}
