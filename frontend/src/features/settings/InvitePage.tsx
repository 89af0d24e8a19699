import { useTranslation } from 'react-i18next';

export function InvitePage() {
  const { t } = useTranslation('settings');
  return <div className="placeholder">{t('invite.title')}</div>;
}
