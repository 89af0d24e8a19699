import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useActiveShortcuts, useShortcut } from '../lib/shortcuts';
import { Dialog } from './Dialog';

/** "?" opens the list of keyboard shortcuts available on the current screen. */
export function ShortcutHelp() {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const shortcuts = useActiveShortcuts();
  useShortcut('?', 'shortcuts.help', () => setOpen(true));
  return (
    <>
      <button type="button" className="icon-button" aria-label={t('shortcuts.title')} onClick={() => setOpen(true)}>⌨</button>
      <Dialog open={open} onOpenChange={setOpen} title={t('shortcuts.title')}>
        <table className="shortcuts">
          <tbody>
            {shortcuts.map((s) => (
              <tr key={s.keys}>
                <td><kbd>{s.keys.replace('mod+', navigator.platform.includes('Mac') ? '⌘ ' : 'Ctrl ')}</kbd></td>
                <td>{t(s.description, { ns: s.description.includes(':') ? undefined : 'common' })}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </Dialog>
    </>
  );
}
