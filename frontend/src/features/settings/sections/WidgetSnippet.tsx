import { useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/http';
import { ErrorMessage, Loading } from '../../../ui/states';
import { CopyBox, useSettingsText } from '../components';

interface WidgetSetup { inboxId: string; scriptUrl: string; snippet: string; identitySecret: string }

/** A chat inbox's embed snippet and identity-verification secret, read-only (issue 7: web chat). */
export function WidgetSnippet({ inboxId }: { inboxId: string }) {
  const { t } = useSettingsText();
  const setup = useQuery({ queryKey: ['inbox-widget', inboxId], queryFn: () => api.get<WidgetSetup>(`/inboxes/${inboxId}/widget`) });
  if (setup.isPending) return <Loading />;
  if (setup.isError) return <ErrorMessage error={setup.error} onRetry={() => void setup.refetch()} />;
  return (
    <div className="form-grid" data-testid="widget-snippet">
      <CopyBox label={t('inboxes.widget.snippet')} value={setup.data.snippet} testId="widget-snippet-code" />
      <CopyBox label={t('inboxes.widget.secret')} value={setup.data.identitySecret} />
      <p className="hint">{t('inboxes.widget.hint')}</p>
    </div>
  );
}
