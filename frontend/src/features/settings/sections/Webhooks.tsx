import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { formatDateTime } from '../../../lib/format';
import { Dialog } from '../../../ui/Dialog';
import { QueryView } from '../../../ui/states';
import { settingsApi, type Webhook } from '../api';
import { ConfirmDialog, CopyBox, Field, FormError, mergeErrors, useSettingsText } from '../components';
import { type Errors, serverFieldErrors, validateWebhook } from '../forms';

/** Webhooks: create with a URL and event types (the signing secret is shown once), delete, delivery log. */
export function WebhooksSection() {
  const { t } = useSettingsText();
  const queryClient = useQueryClient();
  const webhooks = useQuery({ queryKey: ['webhooks'], queryFn: settingsApi.webhooks });
  const [creating, setCreating] = useState(false);
  const [log, setLog] = useState<Webhook | null>(null);
  const [deleting, setDeleting] = useState<Webhook | null>(null);
  const remove = useMutation({
    mutationFn: (w: Webhook) => settingsApi.deleteWebhook(w.id),
    onSuccess: () => { setDeleting(null); void queryClient.invalidateQueries({ queryKey: ['webhooks'] }); },
  });
  return (
    <section>
      <div className="page-header">
        <h2>{t('section.webhooks')}</h2>
        <button type="button" onClick={() => setCreating(true)}>{t('webhooks.create')}</button>
      </div>
      <QueryView query={webhooks} empty={t('webhooks.empty')}>{(items) => (
          <table className="data-table" data-testid="webhooks-table">
            <thead>
              <tr>
                <th scope="col">{t('webhooks.url')}</th>
                <th scope="col">{t('webhooks.events')}</th>
                <th scope="col">{t('webhooks.created')}</th>
                <th scope="col"><span className="visually-hidden">{t('actions')}</span></th>
              </tr>
            </thead>
            <tbody>
              {items.map((w) => (
                <tr key={w.id}>
                  <td className="wrap"><code>{w.url}</code></td>
                  <td className="wrap">{w.eventTypes.map((e) => (e === '*' ? t('webhooks.allEvents') : e)).join(', ')}</td>
                  <td className="numeric">{formatDateTime(w.createdAt)}</td>
                  <td className="actions">
                    <button type="button" className="secondary small" onClick={() => setLog(w)}
                            aria-label={t('webhooks.deliveriesOf', { url: w.url })}>{t('webhooks.deliveries')}</button>
                    <button type="button" className="secondary small" onClick={() => { remove.reset(); setDeleting(w); }}
                            aria-label={t('webhooks.deleteOne', { url: w.url })}>{t('delete', { ns: 'common' })}</button>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        )}</QueryView>
      {creating && <CreateDialog onClose={() => setCreating(false)} />}
      <Dialog open={!!log} onOpenChange={(open) => { if (!open) setLog(null); }} title={t('webhooks.deliveriesTitle')} wide>
        {log && <DeliveryLog webhook={log} />}
      </Dialog>
      <ConfirmDialog open={!!deleting} title={t('webhooks.deleteTitle')}
                     message={t('webhooks.deleteConfirm', { url: deleting?.url ?? '' })}
                     confirmLabel={t('delete', { ns: 'common' })} pending={remove.isPending} error={remove.error}
                     onCancel={() => setDeleting(null)} onConfirm={() => deleting && remove.mutate(deleting)} />
    </section>
  );
}

function CreateDialog({ onClose }: { onClose: () => void }) {
  const { t, fieldError } = useSettingsText();
  const queryClient = useQueryClient();
  const [url, setUrl] = useState('');
  const [events, setEvents] = useState<string[]>(['*']);
  const eventTypes = useQuery({ queryKey: ['webhook-event-types'], queryFn: settingsApi.webhookEventTypes, staleTime: Infinity });
  const [localErrors, setLocalErrors] = useState<Errors>({});
  const create = useMutation({
    mutationFn: () => settingsApi.createWebhook(url.trim(), events),
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: ['webhooks'] }),
  });
  const toggle = (type: string, on: boolean) => {
    if (type === '*') setEvents(on ? ['*'] : []);
    else setEvents(on ? [...events.filter((e) => e !== '*'), type] : events.filter((e) => e !== type));
  };
  const submit = (e: FormEvent) => {
    e.preventDefault();
    const errors = validateWebhook({ url, eventTypes: events });
    setLocalErrors(errors);
    if (!Object.keys(errors).length) create.mutate();
  };
  const errors = mergeErrors(localErrors, serverFieldErrors(create.error));
  return (
    <Dialog open onOpenChange={(open) => { if (!open) onClose(); }} title={t('webhooks.createTitle')} wide>
      {create.data ? (
        <div className="admin-dialog form-grid">
          <p>{t('webhooks.created_ok', { url: create.data.url })}</p>
          {create.data.secret && <CopyBox label={t('webhooks.secret')} value={create.data.secret} />}
          <p className="hint">{t('webhooks.secretHint')}</p>
          <div className="dialog-actions"><button type="button" onClick={onClose}>{t('done')}</button></div>
        </div>
      ) : (
        <form className="admin-dialog form-grid" onSubmit={submit} noValidate>
          <Field label={t('webhooks.url')} error={fieldError(errors.url)}>
            {(p) => <input {...p} type="url" value={url} placeholder="https://" onChange={(e) => setUrl(e.target.value)} />}
          </Field>
          <fieldset className="checks" aria-describedby={errors.eventTypes ? 'webhook-events-error' : undefined}>
            <legend>{t('webhooks.events')}</legend>
            {['*', ...(eventTypes.data ?? [])].map((type) => (
              <label key={type} className="check">
                <input type="checkbox" checked={events.includes(type)} onChange={(e) => toggle(type, e.target.checked)} />
                {type === '*' ? t('webhooks.allEvents') : <code>{type}</code>}
              </label>
            ))}
          </fieldset>
          {errors.eventTypes && <span id="webhook-events-error" className="field-error">{fieldError(errors.eventTypes)}</span>}
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

function DeliveryLog({ webhook }: { webhook: Webhook }) {
  const { t } = useSettingsText();
  const deliveries = useQuery({ queryKey: ['webhook-deliveries', webhook.id], queryFn: () => settingsApi.deliveries(webhook.id) });
  return (
    <div className="admin-page delivery-log">
      <p className="hint"><code>{webhook.url}</code></p>
      <QueryView query={deliveries} empty={t('webhooks.noDeliveries')}>{(items) => (
          <table className="data-table">
            <thead>
              <tr>
                <th scope="col">{t('webhooks.when')}</th>
                <th scope="col">{t('webhooks.event')}</th>
                <th scope="col">{t('webhooks.status')}</th>
                <th scope="col">{t('webhooks.attempts')}</th>
                <th scope="col">{t('webhooks.response')}</th>
              </tr>
            </thead>
            <tbody>
              {items.map((d) => (
                <tr key={d.id}>
                  <td className="numeric">{formatDateTime(d.createdAt)}</td>
                  <td><code>{d.eventType}</code></td>
                  <td><span className={d.status === 'delivered' ? 'badge ok' : d.status === 'failed' ? 'badge bad' : 'badge'}>
                    {t(`webhooks.deliveryStatus.${d.status}`, { defaultValue: d.status })}</span></td>
                  <td className="numeric">{d.attempts}</td>
                  <td className="wrap">{d.lastStatusCode ?? ''} {d.lastError ?? ''}
                    {d.nextAttemptAt && <span className="hint"> · {t('webhooks.nextAttempt', { date: formatDateTime(d.nextAttemptAt) })}</span>}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}</QueryView>
    </div>
  );
}
