import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { desktopSupported, loadNotifySettings, type NotifySettings, playChime, saveNotifySettings } from './notify';

/** Sound and desktop notifications for assignments and mentions; off by default, remembered in this browser. */
export function NotificationSettings() {
  const { t } = useTranslation('inbox');
  const [settings, setSettings] = useState<NotifySettings>(loadNotifySettings);
  const [denied, setDenied] = useState(false);

  const update = (next: NotifySettings) => {
    setSettings(next);
    saveNotifySettings(next);
  };

  const toggleDesktop = async (on: boolean) => {
    setDenied(false);
    if (!on) return update({ ...settings, desktop: false });
    // Permission is asked only now, when the agent turns it on.
    const permission = Notification.permission === 'default' ? await Notification.requestPermission() : Notification.permission;
    if (permission !== 'granted') {
      setDenied(true);
      return update({ ...settings, desktop: false });
    }
    update({ ...settings, desktop: true });
  };

  return (
    <fieldset className="notify-settings">
      <legend>{t('notify.legend')}</legend>
      <label>
        <input type="checkbox" checked={settings.sound}
               onChange={(e) => {
                 update({ ...settings, sound: e.target.checked });
                 if (e.target.checked) playChime();
               }} />
        {t('notify.sound')}
      </label>
      {desktopSupported() && (
        <label>
          <input type="checkbox" checked={settings.desktop} onChange={(e) => void toggleDesktop(e.target.checked)} />
          {t('notify.desktop')}
        </label>
      )}
      {denied && <p className="small error" role="alert">{t('notify.denied')}</p>}
    </fieldset>
  );
}
