import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { useSession } from '../auth/session';
import { api } from '../../lib/http';
import { formatDateTime } from '../../lib/format';
import { Dialog } from '../../ui/Dialog';
import { Empty, ErrorMessage, Loading } from '../../ui/states';
import type { StaffMember } from '../settings/api';
import { CopyBox, Field, FormError, mergeErrors, useSettingsText } from '../settings/components';
import { absoluteUrl, EMAIL, type Errors, serverFieldErrors } from '../settings/forms';
import '../settings/admin.css';

interface WorkspaceSummary {
  id: string;
  name: string;
  timezone?: string;
  createdAt?: string;
}
interface CreatedWorkspace {
  workspace: WorkspaceSummary;
  admin: StaffMember;
  inviteUrl?: string | null;
}

export function validateNewWorkspace(v: { name: string; adminEmail: string; adminName: string; adminPassword: string }): Errors {
  const errors: Errors = {};
  if (!v.name.trim()) errors.name = 'validation.required';
  if (!EMAIL.test(v.adminEmail.trim())) errors.adminEmail = 'validation.email';
  if (!v.adminName.trim()) errors.adminName = 'validation.required';
  if (v.adminPassword && v.adminPassword.length < 10) errors.adminPassword = 'validation.passwordLength';
  return errors;
}

/** The instance operator's page: every workspace of the installation, and creating one with its first admin. */
export function OperatorPage() {
  const { t } = useSettingsText();
  const { me } = useSession();
  const workspaces = useQuery({
    queryKey: ['operator', 'workspaces'], queryFn: () => api.get<WorkspaceSummary[]>('/operator/workspaces'), enabled: !!me.operator,
  });
  const [creating, setCreating] = useState(false);
  if (!me.operator) return <div className="admin-page"><p role="alert" className="state error">{t('error.forbidden', { ns: 'common' })}</p></div>;
  return (
    <div className="admin-page">
      <div className="page-header">
        <h1>{t('operator.title')}</h1>
        <button type="button" onClick={() => setCreating(true)}>{t('operator.create')}</button>
      </div>
      {workspaces.isPending ? <Loading /> : workspaces.isError ? <ErrorMessage error={workspaces.error} onRetry={() => workspaces.refetch()} />
        : workspaces.data.length === 0 ? <Empty>{t('operator.empty')}</Empty> : (
          <table className="data-table">
            <thead>
              <tr>
                <th scope="col">{t('operator.name')}</th>
                <th scope="col">{t('operator.timezone')}</th>
                <th scope="col">{t('operator.created')}</th>
                <th scope="col">{t('operator.id')}</th>
              </tr>
            </thead>
            <tbody>
              {workspaces.data.map((w) => (
                <tr key={w.id}>
                  <td className="wrap">{w.name}{w.id === me.workspaceId && <span className="badge"> {t('operator.current')}</span>}</td>
                  <td>{w.timezone ?? ''}</td>
                  <td className="numeric">{formatDateTime(w.createdAt)}</td>
                  <td><code>{w.id}</code></td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      {creating && <CreateWorkspaceDialog onClose={() => setCreating(false)} />}
    </div>
  );
}

function CreateWorkspaceDialog({ onClose }: { onClose: () => void }) {
  const { t, fieldError } = useSettingsText();
  const queryClient = useQueryClient();
  const [v, setV] = useState({ name: '', adminEmail: '', adminName: '', adminPassword: '' });
  const [localErrors, setLocalErrors] = useState<Errors>({});
  const create = useMutation({
    mutationFn: () => api.post<CreatedWorkspace>('/operator/workspaces', {
      name: v.name.trim(), adminEmail: v.adminEmail.trim(), adminName: v.adminName.trim(), adminPassword: v.adminPassword || null,
    }),
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: ['operator', 'workspaces'] }),
  });
  const submit = (e: FormEvent) => {
    e.preventDefault();
    const errors = validateNewWorkspace(v);
    setLocalErrors(errors);
    if (!Object.keys(errors).length) create.mutate();
  };
  const errors = mergeErrors(localErrors, serverFieldErrors(create.error));
  const input = (key: keyof typeof v, type = 'text') => (p: object) => (
    <input {...p} type={type} value={v[key]} autoComplete="off" onChange={(e) => setV({ ...v, [key]: e.target.value })} />
  );
  return (
    <Dialog open onOpenChange={(open) => { if (!open) onClose(); }} title={t('operator.createTitle')}>
      {create.data ? (
        <div className="admin-dialog form-grid">
          <p role="status">{t('operator.createdWorkspace', { name: create.data.workspace.name, email: create.data.admin.email })}</p>
          {create.data.inviteUrl
            ? <CopyBox label={t('operator.inviteLink')} value={absoluteUrl(create.data.inviteUrl)} testId="operator-invite-link" />
            : <p className="hint">{t('operator.passwordSet')}</p>}
          <div className="dialog-actions"><button type="button" onClick={onClose}>{t('done')}</button></div>
        </div>
      ) : (
        <form className="admin-dialog form-grid" onSubmit={submit} noValidate>
          <Field label={t('operator.name')} error={fieldError(errors.name)}>{input('name')}</Field>
          <Field label={t('operator.adminName')} error={fieldError(errors.adminName)}>{input('adminName')}</Field>
          <Field label={t('operator.adminEmail')} error={fieldError(errors.adminEmail)}>{input('adminEmail', 'email')}</Field>
          <Field label={`${t('operator.adminPassword')} ${t('optional')}`} hint={t('operator.adminPasswordHint')}
                 error={fieldError(errors.adminPassword)}>{input('adminPassword', 'password')}</Field>
          <FormError error={create.error} />
          <div className="dialog-actions">
            <button type="button" className="secondary" onClick={onClose}>{t('cancel', { ns: 'common' })}</button>
            <button type="submit" disabled={create.isPending}>{t('create', { ns: 'common' })}</button>
          </div>
        </form>
      )}
    </Dialog>
  );
}
