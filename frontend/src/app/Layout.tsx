import { useTranslation } from 'react-i18next';
import { NavLink, Outlet } from 'react-router';
import { includes, logout } from '../features/auth/api';
import { useSession } from '../features/auth/session';
import { PresenceMenu } from '../features/presence/PresenceMenu';
import { GetNextButton } from '../features/routing/GetNextButton';
import { OfferPopup } from '../features/routing/OfferPopup';
import { useLiveState } from '../lib/live';
import { ShortcutHelp } from '../ui/ShortcutHelp';
import { LanguagePicker } from '../ui/LanguagePicker';

/** The frame around every signed-in screen: navigation, the agent's presence, language and sign-out. */
export function Layout() {
  const { t } = useTranslation();
  const { me, signOut } = useSession();
  const live = useLiveState();
  return (
    <div className="app">
      <a className="skip-link" href="#main">{t('skipToContent')}</a>
      <header className="topbar">
        <strong className="brand">Frontline</strong>
        <span className="muted workspace-name" title={me.workspaceName}>{me.workspaceName}</span>
        <nav aria-label={t('nav.label')} className={includes(me.role, 'SUPERVISOR') ? 'topnav own-row' : 'topnav'}>
          <NavLink to="/inbox">{t('nav.inbox')}</NavLink>
          <NavLink to="/contacts">{t('nav.contacts')}</NavLink>
          {includes(me.role, 'SUPERVISOR') && <NavLink to="/team">{t('nav.team')}</NavLink>}
          {includes(me.role, 'SUPERVISOR') && <NavLink to="/supervisor">{t('nav.live')}</NavLink>}
          {includes(me.role, 'SUPERVISOR') && <NavLink to="/routing">{t('nav.queues')}</NavLink>}
          {includes(me.role, 'SUPERVISOR') && <NavLink to="/service-level">{t('nav.serviceLevel')}</NavLink>}
          {includes(me.role, 'SUPERVISOR') && <NavLink to="/staffing">{t('nav.staffing')}</NavLink>}
          {includes(me.role, 'SUPERVISOR') && <NavLink to="/forecast">{t('nav.forecast')}</NavLink>}
          {includes(me.role, 'SUPERVISOR') && <NavLink to="/intraday">{t('nav.intraday')}</NavLink>}
          {includes(me.role, 'SUPERVISOR') && <NavLink to="/work-report">{t('nav.workReport')}</NavLink>}
          {includes(me.role, 'SUPERVISOR') && <NavLink to="/schedules">{t('nav.schedules', { ns: 'schedule' })}</NavLink>}
          {includes(me.role, 'SUPERVISOR') && <NavLink to="/work-rules">{t('nav', { ns: 'workRules' })}</NavLink>}
          <NavLink to="/my-schedule">{t('nav.mySchedule', { ns: 'schedule' })}</NavLink>
          <NavLink to="/knowledge">{t('nav.knowledge')}</NavLink>
          {includes(me.role, 'SUPERVISOR') && <NavLink to="/workflows">{t('workflows:nav')}</NavLink>}
          <NavLink to="/settings">{t('nav.settings')}</NavLink>
          {me.operator && <NavLink to="/operator">{t('nav.operator')}</NavLink>}
        </nav>
        <span className="spacer" />
        {live === 'reconnecting' && <span className="live-state" role="status">{t('live.reconnecting')}</span>}
        <GetNextButton />
        <PresenceMenu />
        <LanguagePicker />
        <span data-testid="current-user" className="current-user">{me.displayName} · {t(`role.${me.role}`)}</span>
        <button type="button" className="secondary" onClick={() => logout().finally(signOut)}>{t('logout')}</button>
        <ShortcutHelp />
      </header>
      <main id="main" className="content">
        <Outlet />
      </main>
      <OfferPopup />
    </div>
  );
}
