import { useI18n } from '../../i18n/i18n';
import { LanguagePicker } from '../../ui/LanguagePicker';
import { logout, type Me } from '../auth/api';

export function Shell({ me, onLoggedOut }: { me: Me; onLoggedOut: () => void }) {
  const { t } = useI18n();
  return (
    <div className="shell">
      <header>
        <strong>Frontline</strong>
        <span className="muted">{me.workspaceName}</span>
        <span className="spacer" />
        <LanguagePicker />
        <span data-testid="current-user">{me.displayName} · {t(`role.${me.role}`)}</span>
        <button onClick={() => logout().finally(onLoggedOut)}>{t('shell.logout')}</button>
      </header>
      <nav>
        <a href="#inbox">{t('nav.inbox')}</a>
        <a href="#contacts">{t('nav.contacts')}</a>
        <a href="#reports">{t('nav.reports')}</a>
      </nav>
      <main className="empty">
        <p>{t('shell.welcome', { name: me.displayName })}</p>
      </main>
    </div>
  );
}
