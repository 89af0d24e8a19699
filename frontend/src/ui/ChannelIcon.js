import { jsx as _jsx } from "react/jsx-runtime";
import { useTranslation } from 'react-i18next';
const glyphs = {
    EMAIL: '✉', CHAT: '💬', WEB_CHAT: '💬', SMS: '📱', WHATSAPP: '🟢', MESSENGER: 'ⓜ', INSTAGRAM: '◎',
    VOICE: '📞', API: '⚙',
};
/** The channel a conversation runs on, as a small glyph with its name for screen readers and tooltips. */
export function ChannelIcon({ channel }) {
    const { t } = useTranslation();
    const name = channel ? t(`channel.${channel}`, { defaultValue: channel }) : '';
    return _jsx("span", { className: "channel-icon", role: "img", "aria-label": name, title: name, children: glyphs[channel ?? ''] ?? '•' });
}
