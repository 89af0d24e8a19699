import { useTranslation } from 'react-i18next';
import { Navigate, NavLink, Route, Routes } from 'react-router';
import { useSession } from '../auth/session';
import { HelpCenterSettingsSection } from '../helpcenter/HelpCenterSettingsSection';
import { SecuritySection } from '../security/SecuritySection';
import { visibleSections, type SectionId } from './sections';
import { AttributesSection } from './sections/Attributes';
import { AuditSection } from './sections/Audit';
import { BusinessHoursSection } from './sections/BusinessHours';
import { CannedSection } from './sections/Canned';
import { InboxesSection } from './sections/Inboxes';
import { ProfileSection } from './sections/Profile';
import { SlaPoliciesSection } from './sections/SlaPolicies';
import { TagsSection } from './sections/Tags';
import { TeamsSection } from './sections/Teams';
import { TokensSection } from './sections/Tokens';
import { UsersSection } from './sections/Users';
import { WebhooksSection } from './sections/Webhooks';
import { WorkspaceSection } from './sections/Workspace';
import './admin.css';
import './settings.css';

const screens: Record<SectionId, () => React.JSX.Element> = {
  profile: ProfileSection,
  security: SecuritySection,
  users: UsersSection,
  teams: TeamsSection,
  inboxes: InboxesSection,
  canned: CannedSection,
  tags: TagsSection,
  attributes: AttributesSection,
  tokens: TokensSection,
  webhooks: WebhooksSection,
  audit: AuditSection,
  workspace: WorkspaceSection,
  'business-hours': BusinessHoursSection,
  'sla-policies': SlaPoliciesSection,
  'help-center': HelpCenterSettingsSection,
};

/** Settings and administration: a side menu of the sections the user's role may open, each a nested route. */
export function SettingsPage() {
  const { t } = useTranslation('settings');
  const { me } = useSession();
  const sections = visibleSections(me.role);
  return (
    <div className="settings-layout">
      <nav className="settings-nav" aria-label={t('title')}>
        <h1>{t('title')}</h1>
        <ul>
          {sections.map((id) => (
            <li key={id}><NavLink to={`/settings/${id}`}>{t(`section.${id}`)}</NavLink></li>
          ))}
        </ul>
      </nav>
      <div className="admin-page settings-content">
        <Routes>
          <Route index element={<Navigate to="profile" replace />} />
          {sections.map((id) => {
            const Screen = screens[id];
            return <Route key={id} path={`${id}/*`} element={<Screen />} />;
          })}
          <Route path="*" element={<p role="alert" className="state error">{t('error.forbidden', { ns: 'common' })}</p>} />
        </Routes>
      </div>
    </div>
  );
}
