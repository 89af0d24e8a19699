import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { formatDateTime } from '../../../lib/format';
import { Dialog } from '../../../ui/Dialog';
import { QueryView } from '../../../ui/states';
import { type IssuedToken, settingsApi, type TokenSummary } from '../api';
import { ConfirmDialog, CopyBox, Field, FormError, useSettingsText } from '../components';
import { serverFieldErrors } from '../forms';

/** The user's own API tokens: create (the value is shown once), list, revoke. */
export function TokensSection() {
  const { t, fieldError } = useSettingsText();
  const queryClient = useQueryClient();
  const tokens = useQuery({ queryKey: ['tokens'], queryFn: settingsApi.tokens });
  const [name, setName] = useState('');
  const [nameError, setNameError] = useState<string>();
  const [issued, setIssued] = useState<IssuedToken | null>(null);
  const [revoking, setRevoking] = useState<TokenSummary | null>(null);
  const create = useMutation({
    mutationFn: () => settingsApi.createToken(name.trim()),
    onSuccess: (token) => { setName(''); setIssued(token); void queryClient.invalidateQueries({ queryKey: ['tokens'] }); },
  });
  const revoke = useMutation({
    mutationFn: (token: TokenSummary) => settingsApi.revokeToken(token.id),
    onSuccess: () => { setRevoking(null); void queryClient.invalidateQueries({ queryKey: ['tokens'] }); },
  });
  const submit = (e: FormEvent) => {
    e.preventDefault();
    setNameError(name.trim() ? undefined : 'validation.required');
    if (name.trim()) create.mutate();
  };
  return (
    <section>
      <div className="page-header"><h2>{t('section.tokens')}</h2></div>
      <p className="hint">{t('tokens.intro')}</p>
      <form className="inline-create" onSubmit={submit} noValidate>
        <Field label={t('tokens.name')} error={fieldError(nameError ?? serverFieldErrors(create.error).name)}>
          {(p) => <input {...p} value={name} maxLength={200} onChange={(e) => setName(e.target.value)} />}
        </Field>
        <button type="submit" disabled={create.isPending}>{t('tokens.create')}</button>
      </form>
      <FormError error={create.error} />
      <QueryView query={tokens} empty={t('tokens.empty')}>{(items) => (
          <table className="data-table">
            <thead>
              <tr>
                <th scope="col">{t('tokens.name')}</th>
                <th scope="col">{t('tokens.created')}</th>
                <th scope="col">{t('tokens.state')}</th>
                <th scope="col"><span className="visually-hidden">{t('actions')}</span></th>
              </tr>
            </thead>
            <tbody>
              {items.map((token) => (
                <tr key={token.id} className={token.revokedAt ? 'inactive' : undefined}>
                  <td className="wrap">{token.name}</td>
                  <td className="numeric">{formatDateTime(token.createdAt)}</td>
                  <td>{token.revokedAt
                    ? <span className="badge bad">{t('tokens.revokedAt', { date: formatDateTime(token.revokedAt) })}</span>
                    : <span className="badge ok">{t('tokens.active')}</span>}</td>
                  <td className="actions">
                    {!token.revokedAt && (
                      <button type="button" className="secondary small" onClick={() => { revoke.reset(); setRevoking(token); }}
                              aria-label={t('tokens.revokeOne', { name: token.name })}>{t('tokens.revoke')}</button>
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        )}</QueryView>
      <Dialog open={!!issued} onOpenChange={(open) => { if (!open) setIssued(null); }} title={t('tokens.issuedTitle')}>
        <div className="admin-dialog form-grid">
          <p>{t('tokens.showOnce')}</p>
          {issued && <CopyBox label={issued.name} value={issued.token} testId="issued-token" />}
          <div className="dialog-actions"><button type="button" onClick={() => setIssued(null)}>{t('done')}</button></div>
        </div>
      </Dialog>
      <ConfirmDialog open={!!revoking} title={t('tokens.revokeTitle')}
                     message={t('tokens.revokeConfirm', { name: revoking?.name ?? '' })}
                     confirmLabel={t('tokens.revoke')} pending={revoke.isPending} error={revoke.error}
                     onCancel={() => setRevoking(null)} onConfirm={() => revoking && revoke.mutate(revoking)} />
    </section>
  );
}
