import { useTranslation } from 'react-i18next';

/** The open conversation(s) beside the inbox list: thread, composer, actions and the customer panel. */
export function ConversationArea({ conversationId }: { conversationId: string | undefined }) {
  const { t } = useTranslation('conversation');
  return <div className="placeholder">{conversationId ?? t('none')}</div>;
}
