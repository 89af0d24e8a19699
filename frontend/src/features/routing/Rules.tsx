import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { PRIORITIES } from '../conversation/api';
import { settingsApi } from '../settings/api';
import { errorMessage, QueryView } from '../../ui/states';
import {
  attributeConditions, createRule, deleteRule, parseAttributes, type Priority, type QueueMatch, queues, type Rule,
  ruleConditions, rules, testRules, updateRule,
} from './api';

const CHANNELS = ['chat', 'email', 'sms', 'whatsapp', 'messenger', 'voice', 'api'];
/** Tiers are free-form on contacts; these are offered as suggestions. */
const TIER_SUGGESTIONS = ['standard', 'vip', 'premium'];
const MAX_ATTRIBUTES = 10;
type AttributeRow = { key: string; value: string };
const EMPTY_DRAFT = { id: '', queueId: '', position: 1, channel: '', language: '', tag: '', priority: '', tier: '',
  attributes: [{ key: '', value: '' }] as AttributeRow[] };
type Draft = typeof EMPTY_DRAFT;

function draftOf(rule: Rule): Draft {
  const attributes = Object.entries(rule.attributes ?? {}).map(([key, value]) => ({ key, value }));
  return { id: rule.id, queueId: rule.queueId, position: rule.position, channel: rule.channel ?? '', language: rule.language ?? '',
    tag: rule.tag ?? '', priority: rule.priority ?? '', tier: rule.tier ?? '', attributes: attributes.length ? attributes : EMPTY_DRAFT.attributes };
}

/** Routing rules: the ordered list, the editor (admins) and the test with a sample conversation. */
export function Rules({ admin }: { admin: boolean }) {
  const { t } = useTranslation('routing');
  const queryClient = useQueryClient();
  const list = useQuery({ queryKey: ['routing', 'rules'], queryFn: rules });
  const queueList = useQuery({ queryKey: ['routing', 'queues'], queryFn: queues });
  const definitions = useQuery({ queryKey: ['attribute-definitions'], queryFn: settingsApi.attributes });
  // Rules read the conversation's attributes by key and the contact's as contact.key.
  const attributeKeys = (definitions.data ?? []).map((d) => ({ ...d, key: d.appliesTo === 'CONTACT' ? `contact.${d.key}` : d.key }));
  const [draft, setDraft] = useState<Draft>(EMPTY_DRAFT);
  const [sample, setSample] = useState({ channel: 'chat', language: '', tags: '', priority: 'NORMAL' as Priority, tier: '', attributes: '' });
  const queueName = (id: string) => queueList.data?.find((q) => q.id === id)?.name ?? id;
  const setAttribute = (index: number, row: AttributeRow) =>
    setDraft({ ...draft, attributes: draft.attributes.map((r, i) => (i === index ? row : r)) });
  const save = useMutation({
    mutationFn: () => {
      const rule = {
        queueId: draft.queueId, position: draft.position, channel: draft.channel || null, inboxId: null,
        language: draft.language.trim() || null, tag: draft.tag.trim() || null, priority: (draft.priority || null) as Priority | null,
        tier: draft.tier.trim() || null, attributes: attributeConditions(draft.attributes),
      };
      return draft.id ? updateRule({ id: draft.id, ...rule }) : createRule(rule);
    },
    onSuccess: () => {
      setDraft(EMPTY_DRAFT);
      void queryClient.invalidateQueries({ queryKey: ['routing', 'rules'] });
    },
  });
  const remove = useMutation({ mutationFn: deleteRule, onSuccess: () => void queryClient.invalidateQueries({ queryKey: ['routing', 'rules'] }) });
  const test = useMutation({
    mutationFn: () => testRules({
      channel: sample.channel || undefined, language: sample.language.trim() || undefined,
      tags: sample.tags.split(',').map((s) => s.trim()).filter(Boolean), priority: sample.priority,
      tier: sample.tier.trim() || undefined, attributes: parseAttributes(sample.attributes),
    }),
  });
  return (
    <section aria-labelledby="rules">
      <h2 id="rules">{t('rules.title')}</h2>
      <p className="muted">{t('rules.help')}</p>
      {/* Outside the labels, so their options do not join the fields' accessible names. */}
      <datalist id="routing-tiers">{TIER_SUGGESTIONS.map((tier) => <option key={tier} value={tier} />)}</datalist>
      <datalist id="routing-attribute-keys">
        {attributeKeys.map((d) => <option key={d.key} value={d.key}>{d.label}</option>)}
      </datalist>
      <QueryView query={list} empty={t('rules.empty')}>
        {(items) => (
          <table>
            <thead>
              <tr><th>#</th><th>{t('rules.conditions')}</th><th>{t('rules.queue')}</th><th /></tr>
            </thead>
            <tbody>
              {items.map((r) => (
                <tr key={r.id} className={draft.id === r.id ? 'rule-editing' : undefined}>
                  <td>{r.position}</td>
                  <td>{ruleConditions(r, (field) => t(`rules.${field}`)).join(' · ') || t('rules.any')}</td>
                  <td>{queueName(r.queueId)}</td>
                  <td>{admin && (
                    <span className="row-actions">
                      <button type="button" className="secondary small-button" onClick={() => setDraft(draftOf(r))}
                              aria-label={t('rules.editRule', { position: r.position })}>{t('rules.edit')}</button>
                      <button type="button" className="secondary small-button" onClick={() => remove.mutate(r.id)}>{t('delete')}</button>
                    </span>
                  )}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </QueryView>
      {admin && (
        <form aria-label={draft.id ? t('rules.editing') : t('rules.add')} onSubmit={(e) => { e.preventDefault(); save.mutate(); }}>
          {draft.id && <p className="muted rule-form-title">{t('rules.editing')}</p>}
          <label>{t('rules.queue')}
            <select required value={draft.queueId} onChange={(e) => setDraft({ ...draft, queueId: e.target.value })}>
              <option value="">–</option>
              {(queueList.data ?? []).map((q) => <option key={q.id} value={q.id}>{q.name}</option>)}
            </select>
          </label>
          <label>#<input type="number" min={0} max={10000} value={draft.position}
                         onChange={(e) => setDraft({ ...draft, position: Number(e.target.value) })} /></label>
          <label>{t('rules.channel')}
            <select value={draft.channel} onChange={(e) => setDraft({ ...draft, channel: e.target.value })}>
              <option value="">{t('rules.anyValue')}</option>
              {CHANNELS.map((c) => <option key={c} value={c}>{c}</option>)}
            </select>
          </label>
          <label>{t('rules.language')}<input maxLength={35} value={draft.language} onChange={(e) => setDraft({ ...draft, language: e.target.value })} /></label>
          <label>{t('rules.tag')}<input maxLength={100} value={draft.tag} onChange={(e) => setDraft({ ...draft, tag: e.target.value })} /></label>
          <label>{t('rules.priority')}
            <select value={draft.priority} onChange={(e) => setDraft({ ...draft, priority: e.target.value })}>
              <option value="">{t('rules.anyValue')}</option>
              {PRIORITIES.map((p) => <option key={p} value={p}>{p}</option>)}
            </select>
          </label>
          <label>{t('rules.tier')}<input maxLength={20} list="routing-tiers" value={draft.tier} onChange={(e) => setDraft({ ...draft, tier: e.target.value })} /></label>
          <fieldset className="rule-attributes">
            <legend>{t('rules.attributes')}</legend>
            {draft.attributes.map((row, index) => {
              const defined = attributeKeys.find((d) => d.key === row.key.trim());
              return (
                <div className="rule-attribute" key={index}>
                  <label>{t('rules.attribute')}
                    <input maxLength={72} list="routing-attribute-keys" value={row.key}
                           onChange={(e) => setAttribute(index, { ...row, key: e.target.value })} />
                  </label>
                  <label>{t('rules.attributeValue')}
                    {defined?.type === 'LIST' ? (
                      <select required value={row.value} onChange={(e) => setAttribute(index, { ...row, value: e.target.value })}>
                        <option value="">–</option>
                        {defined.options.map((o) => <option key={o} value={o}>{o}</option>)}
                      </select>
                    ) : (
                      <input maxLength={200} required={Boolean(row.key.trim())} value={row.value}
                             type={defined?.type === 'DATE' ? 'date' : defined?.type === 'NUMBER' ? 'number' : 'text'}
                             onChange={(e) => setAttribute(index, { ...row, value: e.target.value })} />
                    )}
                  </label>
                  {draft.attributes.length > 1 && (
                    <button type="button" className="secondary small-button" aria-label={t('rules.removeAttribute', { index: index + 1 })}
                            onClick={() => setDraft({ ...draft, attributes: draft.attributes.filter((_, i) => i !== index) })}>×</button>
                  )}
                </div>
              );
            })}
            {draft.attributes.length < MAX_ATTRIBUTES && (
              <button type="button" className="secondary small-button"
                      onClick={() => setDraft({ ...draft, attributes: [...draft.attributes, { key: '', value: '' }] })}>{t('rules.addAttribute')}</button>
            )}
          </fieldset>
          <button type="submit" disabled={save.isPending}>{draft.id ? t('rules.save') : t('rules.add')}</button>
          {draft.id && <button type="button" className="secondary" onClick={() => { setDraft(EMPTY_DRAFT); save.reset(); }}>{t('rules.cancelEdit')}</button>}
          {save.error && <p className="error" role="alert">{errorMessage(save.error, t)}</p>}
        </form>
      )}
      <h3>{t('rules.test')}</h3>
      <form aria-label={t('rules.test')} onSubmit={(e) => { e.preventDefault(); test.mutate(); }}>
        <label>{t('rules.channel')}
          <select value={sample.channel} onChange={(e) => setSample({ ...sample, channel: e.target.value })}>
            {CHANNELS.map((c) => <option key={c} value={c}>{c}</option>)}
          </select>
        </label>
        <label>{t('rules.language')}<input maxLength={35} value={sample.language} onChange={(e) => setSample({ ...sample, language: e.target.value })} /></label>
        <label>{t('rules.tags')}<input value={sample.tags} onChange={(e) => setSample({ ...sample, tags: e.target.value })} /></label>
        <label>{t('rules.priority')}
          <select value={sample.priority} onChange={(e) => setSample({ ...sample, priority: e.target.value as Priority })}>
            {PRIORITIES.map((p) => <option key={p} value={p}>{p}</option>)}
          </select>
        </label>
        <label>{t('rules.tier')}<input maxLength={20} list="routing-tiers" value={sample.tier} onChange={(e) => setSample({ ...sample, tier: e.target.value })} /></label>
        <label>{t('rules.sampleAttributes')}<input placeholder="topic=billing" value={sample.attributes}
                                                  onChange={(e) => setSample({ ...sample, attributes: e.target.value })} /></label>
        <button type="submit" className="secondary">{t('rules.runTest')}</button>
      </form>
      {test.error && <p className="error" role="alert">{errorMessage(test.error, t)}</p>}
      {test.data && <RuleTestResult match={test.data} />}
    </section>
  );
}

/** The queue chosen, then every rule tried with each condition: wanted, the sample's value, held or not. */
function RuleTestResult({ match }: { match: QueueMatch }) {
  const { t } = useTranslation('routing');
  return (
    <div data-testid="rule-test-result" role="status" className="rule-test-result">
      <strong>{t('rules.goesTo', { queue: match.queueName })}</strong>
      {match.ruleId === null && <p className="muted">{t('rules.noRuleMatched')}</p>}
      {match.checks.length > 0 && (
        <table aria-label={t('rules.checks')}>
          <thead>
            <tr><th>#</th><th>{t('rules.queue')}</th><th>{t('rules.condition')}</th><th>{t('rules.wanted')}</th><th>{t('rules.sampleHas')}</th><th /></tr>
          </thead>
          <tbody>
            {match.checks.flatMap((rule) => (rule.conditions.length === 0 ? [{ condition: t('rules.any'), expected: '', actual: '', matched: true }] : rule.conditions)
              .map((c, i) => (
                <tr key={`${rule.ruleId}-${c.condition}`} className={rule.matched ? 'rule-matched' : undefined}>
                  <td>{i === 0 ? rule.position : ''}</td>
                  <td>{i === 0 ? rule.queueName : ''}</td>
                  <td>{c.condition}</td>
                  <td>{c.expected}</td>
                  <td>{c.actual ?? <span className="muted">{t('rules.notSet')}</span>}</td>
                  <td className={c.matched ? 'condition-held' : 'condition-failed'}>{c.matched ? `✓ ${t('rules.held')}` : `✗ ${t('rules.failed')}`}</td>
                </tr>
              )))}
          </tbody>
        </table>
      )}
    </div>
  );
}
