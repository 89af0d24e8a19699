import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../../lib/format';
import type { StaffSession } from './api';
import { describeDevice } from './device';

/** Sign-in sessions (device, address, last seen), with a last column for {@code action} when given. */
export function SessionsTable({ sessions, action, testId }: {
  sessions: StaffSession[]; action?: (session: StaffSession) => ReactNode; testId?: string;
}) {
  const { t } = useTranslation('security');
  return (
    <table className="data-table" data-testid={testId}>
      <thead>
        <tr>
          <th scope="col">{t('sessions.device')}</th>
          <th scope="col">{t('sessions.address')}</th>
          <th scope="col">{t('sessions.lastSeen')}</th>
          {action && <th scope="col"><span className="visually-hidden">{t('sessions.actions')}</span></th>}
        </tr>
      </thead>
      <tbody>
        {sessions.map((s) => (
          <tr key={s.id}>
            <td className="wrap" title={s.userAgent ?? undefined}>{describeDevice(s.userAgent) ?? t('sessions.unknownDevice')}</td>
            <td>{s.address ?? ''}</td>
            <td>{formatDateTime(s.lastSeenAt)}</td>
            {action && <td className="actions">{action(s)}</td>}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
