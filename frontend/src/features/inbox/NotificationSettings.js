import { jsx as _jsx, jsxs as _jsxs } from "react/jsx-runtime";
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { desktopSupported, loadNotifySettings, playChime, saveNotifySettings } from './notify';
/** Sound and desktop notifications for assignments and mentions; off by default, remembered in this browser. */
export function NotificationSettings() {
    const { t } = useTranslation('inbox');
    const [settings, setSettings] = useState(loadNotifySettings);
    const [denied, setDenied] = useState(false);
    const update = (next) => {
        setSettings(next);
        saveNotifySettings(next);
    };
    const toggleDesktop = async (on) => {
        setDenied(false);
        if (!on)
            return update({ ...settings, desktop: false });
        // Permission is asked only now, when the agent turns it on.
        const permission = Notification.permission === 'default' ? await Notification.requestPermission() : Notification.permission;
        if (permission !== 'granted') {
            setDenied(true);
            return update({ ...settings, desktop: false });
        }
        update({ ...settings, desktop: true });
    };
    return (_jsxs("fieldset", { className: "notify-settings", children: [_jsx("legend", { children: t('notify.legend') }), _jsxs("label", { children: [_jsx("input", { type: "checkbox", checked: settings.sound, onChange: (e) => {
                            update({ ...settings, sound: e.target.checked });
                            if (e.target.checked)
                                playChime();
                        } }), t('notify.sound')] }), desktopSupported() && (_jsxs("label", { children: [_jsx("input", { type: "checkbox", checked: settings.desktop, onChange: (e) => void toggleDesktop(e.target.checked) }), t('notify.desktop')] })), denied && _jsx("p", { className: "small error", role: "alert", children: t('notify.denied') })] }));
}
