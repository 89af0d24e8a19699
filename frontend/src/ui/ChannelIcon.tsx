import { useTranslation } from 'react-i18next';

const glyphs: Record<string, string> = {
  EMAIL: '✉', CHAT: '💬', WEB_CHAT: '💬', SMS: '📱', WHATSAPP: '🟢', MESSENGER: 'ⓜ', INSTAGRAM: '◎',
  VOICE: '📞', API: '⚙',
};

/** The channel a conversation runs on, as a small glyph with its name for screen readers and tooltips. */
export function ChannelIcon({ channel }: { channel: string | null | undefined }) {
  const { t } = useTranslation();
  const name = channel ? t(`channel.${channel}`, { defaultValue: channel }) : '';
  return <span className="channel-icon" role="img" aria-label={name} title={name}>{glyphs[channel ?? ''] ?? '•'}</span>;
}
