import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDateTime, formatNumber } from '../../lib/format';
import { ProblemError } from '../../lib/http';
import { ChannelIcon } from '../../ui/ChannelIcon';
import { Dialog } from '../../ui/Dialog';
import { Empty, ErrorMessage, errorMessage, Loading } from '../../ui/states';
import { includes } from '../auth/api';
import { useSession } from '../auth/session';
import type { AttributeDefinition } from '../conversation/api';
import { AttributeInput, attributeText } from '../conversation/attributes';
import { useAttributeDefinitions } from '../conversation/hooks';
import { type Contact, contactApi, type ContactChanges, contactLabel } from './api';
import { CallContactButton } from '../voice/CallContactButton';
import './customer.css';

/**
 * Customer 360: who the customer is (editable), every address they use, their attributes and notes, and every
 * conversation with them on any channel, each opened with one click.
 */
export function CustomerPanel({ contactId, currentConversationId, onOpenConversation, wide }: {
  contactId: string; currentConversationId?: string; onOpenConversation: (id: string) => void; wide?: boolean;
}) {
  const { t } = useTranslation('customer');
  const { me } = useSession();
  const overview = useQuery({ queryKey: ['contact', contactId, 'overview'], queryFn: () => contactApi.overview(contactId) });
  const definitions = useAttributeDefinitions();
  const [editing, setEditing] = useState(false);
  const [merging, setMerging] = useState(false);

  if (overview.isPending) return <Loading />;
  if (overview.isError) return <ErrorMessage error={overview.error} onRetry={() => void overview.refetch()} />;
  const { contact, conversations } = overview.data;
  const defs = (definitions.data ?? []).filter((d) => d.appliesTo === 'CONTACT');
  const name = contactLabel(contact, t('unknown'));
  const earlier = conversations.filter((c) => c.id !== currentConversationId);

  return (
    <div className={`customer-360 ${wide ? 'wide' : ''}`} data-testid="customer-360">
      <section className="panel-section contact-head">
        <div className="section-head">
          <h3 className="contact-name">{name}</h3>
          {!editing && !contact.erased && <button type="button" className="link" onClick={() => setEditing(true)}>{t('edit', { ns: 'common' })}</button>}
        </div>
        {contact.company && <div className="muted">{contact.company}</div>}
        <div className="badges">
          <span className={`tier tier-${/^[a-z0-9_-]+$/.test(contact.tier) ? contact.tier : 'other'}`}>{t('tier', { tier: contact.tier })}</span>
          <span className="ltv">{t('lifetimeValue', { value: formatNumber(Number(contact.lifetimeValue ?? 0), { maximumFractionDigits: 2 }) })}</span>
        </div>
        {contact.erased && <p className="muted">{t('erased')}</p>}
        {!contact.erased && (
          <CallContactButton contactId={contact.id} onStarted={onOpenConversation}
                             phones={contact.identities.filter((i) => i.kind === 'PHONE').map((i) => i.value)} />
        )}
      </section>

      {editing
        ? <ContactForm contact={contact} definitions={defs} onDone={() => setEditing(false)} />
        : (
          <>
            <section className="panel-section">
              <h3>{t('details')}</h3>
              <dl className="facts">
                <div className="fact"><dt>{t('field.language')}</dt><dd>{contact.language || '—'}</dd></div>
                <div className="fact"><dt>{t('field.timezone')}</dt><dd>{contact.timezone || '—'}</dd></div>
                <div className="fact"><dt>{t('since')}</dt><dd>{formatDateTime(contact.createdAt, { dateStyle: 'medium' })}</dd></div>
                {defs.map((d) => (
                  <div key={d.key} className="fact"><dt>{d.label}</dt><dd>{attributeText(d, contact.customAttributes?.[d.key]) || '—'}</dd></div>
                ))}
                {Object.entries(contact.customAttributes ?? {}).filter(([key]) => !defs.some((d) => d.key === key)).map(([key, value]) => (
                  <div key={key} className="fact"><dt>{key}</dt><dd>{attributeText(undefined, value)}</dd></div>
                ))}
              </dl>
            </section>
            <section className="panel-section">
              <h3>{t('identities')}</h3>
              {contact.identities.length === 0 ? <p className="muted">{t('noIdentities')}</p> : (
                <ul className="identities">
                  {contact.identities.map((i) => (
                    <li key={`${i.kind}:${i.value}`}><span className="kind">{t(`kind.${i.kind}`, { defaultValue: i.kind })}</span> <span className="value">{i.value}</span></li>
                  ))}
                </ul>
              )}
            </section>
            <section className="panel-section">
              <h3>{t('field.notes')}</h3>
              {contact.notes ? <p className="contact-notes">{contact.notes}</p> : <p className="muted">{t('noNotes')}</p>}
            </section>
          </>
        )}

      <section className="panel-section">
        <h3>{t('history', { count: conversations.length })}</h3>
        {earlier.length === 0 ? <p className="muted">{t('noHistory')}</p> : (
          <ul className="history" aria-label={t('historyLabel')}>
            {conversations.map((c) => (
              <li key={c.id}>
                <button type="button" className={`history-item ${c.id === currentConversationId ? 'current' : ''}`}
                        aria-current={c.id === currentConversationId ? 'true' : undefined}
                        onClick={() => onOpenConversation(c.id)}>
                  <ChannelIcon channel={c.channel} />
                  <span className="history-subject">{c.subject || t('noSubject')}</span>
                  <span className={`status-badge ${c.status}`}>{t(`status.${c.status}`, { ns: 'conversation' })}</span>
                  <time dateTime={c.lastActivityAt}>{formatDateTime(c.lastActivityAt, { dateStyle: 'medium' })}</time>
                </button>
              </li>
            ))}
          </ul>
        )}
      </section>

      {includes(me.role, 'SUPERVISOR') && !contact.erased && (
        <section className="panel-section">
          <button type="button" className="secondary" onClick={() => setMerging(true)}>{t('merge.button')}</button>
          {merging && <MergeDialog contact={contact} onClose={() => setMerging(false)} />}
        </section>
      )}
    </div>
  );
}

function ContactForm({ contact, definitions, onDone }: { contact: Contact; definitions: AttributeDefinition[]; onDone: () => void }) {
  const { t } = useTranslation('customer');
  const queryClient = useQueryClient();
  const [form, setForm] = useState({
    name: contact.name ?? '', company: contact.company ?? '', language: contact.language ?? '', timezone: contact.timezone ?? '',
    tier: contact.tier ?? '', lifetimeValue: String(contact.lifetimeValue ?? ''), notes: contact.notes ?? '',
  });
  const [attributes, setAttributes] = useState<Record<string, unknown>>({ ...contact.customAttributes });
  const save = useMutation({
    mutationFn: () => {
      const changes: ContactChanges = {
        name: form.name.trim() || null, company: form.company.trim() || null, language: form.language.trim() || null,
        timezone: form.timezone.trim() || null, tier: form.tier.trim() || null,
        lifetimeValue: form.lifetimeValue.trim() === '' ? null : Number(form.lifetimeValue), notes: form.notes,
        customAttributes: attributes,
      };
      return contactApi.update(contact.id, changes);
    },
    onSuccess: (updated) => {
      queryClient.setQueryData(['contact', contact.id], updated);
      void queryClient.invalidateQueries({ queryKey: ['contact', contact.id] });
      void queryClient.invalidateQueries({ queryKey: ['contacts'] });
      onDone();
    },
  });
  const field = (key: keyof typeof form, props: Record<string, unknown> = {}) => (
    <label htmlFor={`contact-${contact.id}-${key}`}>
      <span>{t(`field.${key}`)}</span>
      <input id={`contact-${contact.id}-${key}`} value={form[key]} onChange={(e) => setForm({ ...form, [key]: e.target.value })} {...props} />
    </label>
  );
  const fieldErrors = save.error instanceof ProblemError ? save.error.errors : [];
  return (
    <form className="panel-section edit-form" aria-label={t('editTitle')} onSubmit={(e) => { e.preventDefault(); save.mutate(); }}>
      {field('name', { maxLength: 300 })}
      {field('company', { maxLength: 300 })}
      {field('language', { maxLength: 35, placeholder: 'en, ko, zh-CN…' })}
      {field('timezone', { maxLength: 60, placeholder: 'Asia/Seoul' })}
      {field('tier', { maxLength: 20, pattern: '[a-z0-9_-]{1,20}', title: t('tierHint') })}
      {field('lifetimeValue', { type: 'number', min: 0, step: 'any' })}
      {definitions.map((d) => (
        <label key={d.key} htmlFor={`contact-${contact.id}-attr-${d.key}`}>
          <span>{d.label}</span>
          <AttributeInput id={`contact-${contact.id}-attr-${d.key}`} definition={d} value={attributes[d.key]}
                          onChange={(v) => setAttributes({ ...attributes, [d.key]: v })} />
        </label>
      ))}
      <label htmlFor={`contact-${contact.id}-notes`}>
        <span>{t('field.notes')}</span>
        <textarea id={`contact-${contact.id}-notes`} rows={4} maxLength={20000} value={form.notes} onChange={(e) => setForm({ ...form, notes: e.target.value })} />
      </label>
      {save.isError && (
        <div className="error" role="alert">
          {errorMessage(save.error, (k) => t(k, { ns: 'common' }))}
          {fieldErrors.length > 0 && <ul>{fieldErrors.map((f) => <li key={f.field}>{f.field}: {f.message}</li>)}</ul>}
        </div>
      )}
      <div className="buttons">
        <button type="submit" disabled={save.isPending}>{t('save', { ns: 'common' })}</button>
        <button type="button" className="secondary" onClick={onDone}>{t('cancel', { ns: 'common' })}</button>
      </div>
    </form>
  );
}

/** Folds another contact (a duplicate) into this one; supervisors and admins only, cannot be undone. */
function MergeDialog({ contact, onClose }: { contact: Contact; onClose: () => void }) {
  const { t } = useTranslation('customer');
  const queryClient = useQueryClient();
  const [q, setQ] = useState('');
  const [chosen, setChosen] = useState<Contact | null>(null);
  const results = useQuery({ queryKey: ['contacts', 'search', q], queryFn: () => contactApi.list(q, null, 10), enabled: q.trim().length >= 2 });
  const merge = useMutation({
    mutationFn: () => contactApi.merge(contact.id, chosen!.id),
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: ['contact'] });
      void queryClient.invalidateQueries({ queryKey: ['contacts'] });
      void queryClient.invalidateQueries({ queryKey: ['inbox'] });
      onClose();
    },
  });
  const candidates = (results.data?.items ?? []).filter((c) => c.id !== contact.id && !c.mergedInto);
  return (
    <Dialog open onOpenChange={(open) => { if (!open) onClose(); }} title={t('merge.title', { name: contactLabel(contact, t('unknown')) })}>
      <div className="merge">
        <p className="muted">{t('merge.explain')}</p>
        <label>
          <span>{t('merge.search')}</span>
          <input type="search" value={q} autoFocus onChange={(e) => { setQ(e.target.value); setChosen(null); }} />
        </label>
        {q.trim().length >= 2 && (results.isPending ? <Loading /> : results.isError ? <ErrorMessage error={results.error} /> :
          candidates.length === 0 ? <Empty>{t('merge.noResults')}</Empty> : (
            <ul className="merge-results" role="listbox" aria-label={t('merge.results')}>
              {candidates.map((c) => (
                <li key={c.id} role="option" aria-selected={chosen?.id === c.id}>
                  <button type="button" className={chosen?.id === c.id ? 'chosen' : ''} onClick={() => setChosen(c)}>
                    <strong>{contactLabel(c, t('unknown'))}</strong> <span className="muted">{c.identities.map((i) => i.value).join(', ')}</span>
                  </button>
                </li>
              ))}
            </ul>
          ))}
        {chosen && <p role="status">{t('merge.confirm', { from: contactLabel(chosen, t('unknown')), into: contactLabel(contact, t('unknown')) })}</p>}
        {merge.isError && <div className="error" role="alert">{errorMessage(merge.error, (k) => t(k, { ns: 'common' }))}</div>}
        <div className="buttons">
          <button type="button" className="danger" disabled={!chosen || merge.isPending} onClick={() => merge.mutate()}>{t('merge.submit')}</button>
          <button type="button" className="secondary" onClick={onClose}>{t('cancel', { ns: 'common' })}</button>
        </div>
      </div>
    </Dialog>
  );
}
