import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { api } from '../../../lib/http';
import { formatDateTime } from '../../../lib/format';
import { ErrorMessage, Loading } from '../../../ui/states';
import { ConfirmDialog, CopyBox, FormError, useSettingsText } from '../components';

interface WidgetSetup { inboxId: string; scriptUrl: string; snippet: string; identitySecretSet: boolean;
  previousSecretValidUntil: string | null }
interface RotatedSecret { secret: string; previousValidUntil: string | null }

/**
 * A chat inbox's embed snippet and identity-verification secret. The server shows the secret only in the
 * answer to creating or rotating it, so it is displayed here once, right after that (issue 7: web chat).
 */
export function WidgetSnippet({ inboxId }: { inboxId: string }) {
  const { t } = useSettingsText();
  const queryClient = useQueryClient();
  const [confirming, setConfirming] = useState(false);
  const setup = useQuery({ queryKey: ['inbox-widget', inboxId], queryFn: () => api.get<WidgetSetup>(`/inboxes/${inboxId}/widget`) });
  const rotate = useMutation({
    mutationFn: () => api.post<RotatedSecret>(`/inboxes/${inboxId}/widget/secret`, {}),
    onSuccess: () => { setConfirming(false); void queryClient.invalidateQueries({ queryKey: ['inbox-widget', inboxId] }); },
  });
  if (setup.isPending) return <Loading />;
  if (setup.isError) return <ErrorMessage error={setup.error} onRetry={() => void setup.refetch()} />;
  const grace = setup.data.previousSecretValidUntil;
  return (
    <div className="form-grid" data-testid="widget-snippet">
      <CopyBox label={t('inboxes.widget.snippet')} value={setup.data.snippet} testId="widget-snippet-code" />
      {rotate.data
        ? <><CopyBox label={t('inboxes.widget.secret')} value={rotate.data.secret} testId="widget-secret" />
          <p className="hint" role="status">{t('inboxes.widget.secretShownOnce')}</p></>
        : <p className="hint">{t(setup.data.identitySecretSet ? 'inboxes.widget.secretSet' : 'inboxes.widget.secretNotSet')}</p>}
      {grace && <p className="hint">{t('inboxes.widget.secretGrace', { until: formatDateTime(grace) })}</p>}
      <div>
        <button type="button" className="secondary" data-testid="widget-secret-rotate" disabled={rotate.isPending}
          onClick={() => (setup.data.identitySecretSet ? setConfirming(true) : rotate.mutate())}>
          {t(setup.data.identitySecretSet ? 'inboxes.widget.secretRotate' : 'inboxes.widget.secretCreate')}
        </button>
      </div>
      {!confirming && <FormError error={rotate.error} />}
      <p className="hint">{t('inboxes.widget.hint')}</p>
      <ConfirmDialog open={confirming} title={t('inboxes.widget.secretRotate')} message={t('inboxes.widget.secretRotateConfirm')}
        confirmLabel={t('inboxes.widget.secretRotate')} onConfirm={() => rotate.mutate()} onCancel={() => setConfirming(false)}
        pending={rotate.isPending} error={rotate.error} />
    </div>
  );
}
