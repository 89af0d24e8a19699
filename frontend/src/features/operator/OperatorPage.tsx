import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { useSession } from '../auth/session';
import { api } from '../../lib/http';
import { formatDateTime, formatNumber } from '../../lib/format';
import { Dialog } from '../../ui/Dialog';
import { QueryView } from '../../ui/states';
import type { StaffMember } from '../settings/api';
import { CopyBox, Field, FormError, mergeErrors, useSettingsText } from '../settings/components';
import { absoluteUrl, EMAIL, type Errors, serverFieldErrors } from '../settings/forms';
import '../settings/admin.css';

interface WorkspaceSummary {
  id: string;
  name: string;
  createdAt: string;
  members: number;
}
interface IssuedCode {
  id: string;
  code: string;
  note: string | null;
  expiresAt: string;
}
interface CreatedWorkspace {
  workspace: { id: string; name: string };
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
  const [coding, setCoding] = useState(false);
  if (!me.operator) return <div className="admin-page"><p role="alert" className="state error">{t('error.forbidden', { ns: 'common' })}</p></div>;
  return (
    <div className="admin-page">
      <div className="page-header">
        <h1>{t('operator.title')}</h1>
        <div className="header-actions">
          <button type="button" className="secondary" onClick={() => setCoding(true)}>{t('operator.signupCode')}</button>
          <button type="button" onClick={() => setCreating(true)}>{t('operator.create')}</button>
        </div>
      </div>
      <QueryView query={workspaces} empty={t('operator.empty')}>{(items) => (
          <table className="data-table">
            <thead>
              <tr>
                <th scope="col">{t('operator.name')}</th>
                <th scope="col">{t('operator.members')}</th>
                <th scope="col">{t('operator.created')}</th>
                <th scope="col">{t('operator.id')}</th>
              </tr>
            </thead>
            <tbody>
              {items.map((w) => (
                <tr key={w.id}>
                  <td className="wrap">{w.name}{w.id === me.workspaceId && <span className="badge after-name">{t('operator.current')}</span>}</td>
                  <td className="numeric">{formatNumber(w.members)}</td>
                  <td className="numeric">{formatDateTime(w.createdAt)}</td>
                  <td><code>{w.id}</code></td>
                </tr>
              ))}
            </tbody>
          </table>
        )}</QueryView>
      {creating && <CreateWorkspaceDialog onClose={() => setCreating(false)} />}
      {coding && <SignupCodeDialog onClose={() => setCoding(false)} />}
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

/** A one-time code that lets someone create one workspace while sign-up is by invitation. */
function SignupCodeDialog({ onClose }: { onClose: () => void }) {
  const { t, fieldError } = useSettingsText();
  const [note, setNote] = useState('');
  const [days, setDays] = useState('30');
  const [localErrors, setLocalErrors] = useState<Errors>({});
  const issue = useMutation({
    mutationFn: () => api.post<IssuedCode>('/operator/signup-codes', { note: note.trim() || null, validForDays: Number(days) }),
  });
  const submit = (e: FormEvent) => {
    e.preventDefault();
    const n = Number(days);
    const errors: Errors = Number.isInteger(n) && n >= 1 && n <= 365 ? {} : { validForDays: 'validation.days' };
    setLocalErrors(errors);
    if (!Object.keys(errors).length) issue.mutate();
  };
  const errors = mergeErrors(localErrors, serverFieldErrors(issue.error));
  return (
    <Dialog open onOpenChange={(open) => { if (!open) onClose(); }} title={t('operator.signupCodeTitle')}>
      {issue.data ? (
        <div className="admin-dialog form-grid">
          <CopyBox label={t('operator.code')} value={issue.data.code} testId="signup-code" />
          <p className="hint">{t('operator.codeHint', { date: formatDateTime(issue.data.expiresAt) })}</p>
          <div className="dialog-actions"><button type="button" onClick={onClose}>{t('done')}</button></div>
        </div>
      ) : (
        <form className="admin-dialog form-grid" onSubmit={submit} noValidate>
          <Field label={`${t('operator.note')} ${t('optional')}`} error={fieldError(errors.note)}>
            {(p) => <input {...p} value={note} maxLength={200} onChange={(e) => setNote(e.target.value)} />}
          </Field>
          <Field label={t('operator.validForDays')} error={fieldError(errors.validForDays)}>
            {(p) => <input {...p} type="number" min={1} max={365} value={days} onChange={(e) => setDays(e.target.value)} />}
          </Field>
          <FormError error={issue.error} />
          <div className="dialog-actions">
            <button type="button" className="secondary" onClick={onClose}>{t('cancel', { ns: 'common' })}</button>
            <button type="submit" disabled={issue.isPending}>{t('create', { ns: 'common' })}</button>
          </div>
        </form>
      )}
    </Dialog>
  );
}
