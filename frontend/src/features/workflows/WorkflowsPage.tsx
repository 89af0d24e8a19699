import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router';
import { formatDateTime } from '../../lib/format';
import { ProblemError } from '../../lib/http';
import { Empty, ErrorMessage, Loading } from '../../ui/states';
import { knowledgeApi } from '../knowledge/api';
import { queues as routingQueues } from '../routing/api';
import { settingsApi } from '../settings/api';
import {
  ACTION_TYPES, type Action, type ActionType, type Definition, type Priority, type Step, type Workflow,
  type WorkflowLanguage, WORKFLOW_LANGUAGES, type WorkflowStatus, workflowApi,
} from './api';
import { emptyStep, freshAnswerId, freshStepId, newDefinition, removeStep, replaceStep, share } from './tree';
import './workflows.css';

const PRIORITIES: Priority[] = ['LOW', 'NORMAL', 'HIGH', 'URGENT'];

/** Supervisors' workflows: the list by language, the tree editor, publishing, and each workflow's analytics. */
export function WorkflowsPage() {
  const { t } = useTranslation('workflows');
  const { workflowId, tab } = useParams();
  const navigate = useNavigate();
  const [language, setLanguage] = useState<WorkflowLanguage | ''>('');
  const workflows = useQuery({ queryKey: ['workflows', 'all', language], queryFn: () => workflowApi.list(language || undefined) });

  return (
    <div className="workflows-page">
      <section aria-labelledby="workflows-title">
        <div className="section-head">
          <h2 id="workflows-title">{t('page.title')}</h2>
          <button type="button" onClick={() => navigate('/workflows/new')}>{t('page.new')}</button>
        </div>
        <label className="row">
          <span className="muted">{t('field.language')}</span>{' '}
          <select value={language} onChange={(e) => setLanguage(e.target.value as WorkflowLanguage | '')}>
            <option value="">{t('language.all')}</option>
            {WORKFLOW_LANGUAGES.map((l) => <option key={l} value={l}>{t(`language.${l}`)}</option>)}
          </select>
        </label>
        {workflows.isPending ? <Loading />
          : workflows.isError ? <ErrorMessage error={workflows.error} onRetry={() => void workflows.refetch()} />
          : workflows.data.length === 0 ? <Empty>{t('page.empty')}</Empty>
          : (
            <ul className="workflows-list">
              {workflows.data.map((w) => (
                <li key={w.id}>
                  <button type="button" aria-current={w.id === workflowId} onClick={() => navigate(`/workflows/${w.id}`)}>
                    <span>{w.name}</span>
                    <span className={`workflow-status ${w.status}`}>{t(`status.${w.status}`)}</span>
                    <span className="meta">{t(`language.${w.language}`)} · {t('version', { version: w.version })} · {formatDateTime(w.updatedAt)}</span>
                  </button>
                </li>
              ))}
            </ul>
          )}
      </section>
      <section aria-label={t('page.workflow')}>
        {workflowId === 'new' ? <WorkflowEditor key="new" onSaved={(w) => navigate(`/workflows/${w.id}`)} />
          : workflowId ? <WorkflowView key={workflowId} id={workflowId} tab={tab === 'analytics' ? 'analytics' : 'edit'} />
          : <Empty>{t('page.pick')}</Empty>}
      </section>
    </div>
  );
}

function WorkflowView({ id, tab }: { id: string; tab: 'edit' | 'analytics' }) {
  const { t } = useTranslation('workflows');
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const workflow = useQuery({ queryKey: ['workflow', id], queryFn: () => workflowApi.get(id) });
  const status = useMutation({
    mutationFn: (next: WorkflowStatus) => workflowApi.changeStatus(id, next),
    onSuccess: (w) => {
      queryClient.setQueryData(['workflow', id], w);
      void queryClient.invalidateQueries({ queryKey: ['workflows'] });
    },
  });
  if (workflow.isPending) return <Loading />;
  if (workflow.isError) return <ErrorMessage error={workflow.error} onRetry={() => void workflow.refetch()} />;
  const w = workflow.data;
  return (
    <div className="workflow-editor">
      <div className="section-head">
        <h2>{w.name}</h2>
        <span className={`workflow-status ${w.status}`}>{t(`status.${w.status}`)}</span>
        <span className="muted">{t('version', { version: w.version })}</span>
        <span className="spacer" />
        {w.status !== 'PUBLISHED' && <button type="button" disabled={status.isPending} onClick={() => status.mutate('PUBLISHED')}>{t('action.publish')}</button>}
        {w.status === 'PUBLISHED' && <button type="button" className="secondary" disabled={status.isPending} onClick={() => status.mutate('ARCHIVED')}>{t('action.archive')}</button>}
        {w.status === 'ARCHIVED' && <button type="button" className="secondary" disabled={status.isPending} onClick={() => status.mutate('DRAFT')}>{t('action.draft')}</button>}
      </div>
      {status.isError && <ErrorMessage error={status.error} />}
      <div className="buttons" role="tablist">
        <button type="button" role="tab" aria-selected={tab === 'edit'} className={tab === 'edit' ? '' : 'secondary'}
                onClick={() => navigate(`/workflows/${id}`)}>{t('tab.edit')}</button>
        <button type="button" role="tab" aria-selected={tab === 'analytics'} className={tab === 'analytics' ? '' : 'secondary'}
                onClick={() => navigate(`/workflows/${id}/analytics`)}>{t('tab.analytics')}</button>
      </div>
      {tab === 'analytics' ? <WorkflowAnalytics id={id} />
        : <WorkflowEditor key={`${w.id}-${w.version}-${w.updatedAt}`} workflow={w}
                          onSaved={(saved) => queryClient.setQueryData(['workflow', id], saved)} />}
    </div>
  );
}

function WorkflowEditor({ workflow, onSaved }: { workflow?: Workflow; onSaved: (w: Workflow) => void }) {
  const { t } = useTranslation('workflows');
  const queryClient = useQueryClient();
  const [name, setName] = useState(workflow?.name ?? '');
  const [language, setLanguage] = useState<WorkflowLanguage>(workflow?.language ?? 'en');
  const [definition, setDefinition] = useState<Definition>(workflow?.definition ?? newDefinition(''));
  const save = useMutation({
    mutationFn: () => {
      const body = { name, language, definition };
      return workflow ? workflowApi.update(workflow.id, body) : workflowApi.create(body);
    },
    onSuccess: (saved) => {
      void queryClient.invalidateQueries({ queryKey: ['workflows'] });
      onSaved(saved);
    },
  });
  const fieldError = save.error instanceof ProblemError ? save.error.errors[0] : undefined;
  const addStep = () => setDefinition((d) => ({ ...d, steps: [...d.steps, emptyStep(freshStepId(d))] }));

  return (
    <form className="workflow-editor" onSubmit={(e) => { e.preventDefault(); save.mutate(); }} data-testid="workflow-editor">
      {!workflow && <h2>{t('page.new')}</h2>}
      {workflow?.status === 'PUBLISHED' && <p className="muted">{t('editor.publishedNote')}</p>}
      <div className="row">
        <label>{t('field.name')}<input required value={name} onChange={(e) => setName(e.target.value)} /></label>
        <label>{t('field.language')}
          <select value={language} onChange={(e) => setLanguage(e.target.value as WorkflowLanguage)}>
            {WORKFLOW_LANGUAGES.map((l) => <option key={l} value={l}>{t(`language.${l}`)}</option>)}
          </select>
        </label>
        <label>{t('field.start')}
          <select value={definition.start} onChange={(e) => setDefinition({ ...definition, start: e.target.value })}>
            {definition.steps.map((s) => <option key={s.id} value={s.id}>{s.title || s.id}</option>)}
          </select>
        </label>
      </div>
      <p className="muted">{t('editor.help')}</p>
      {definition.steps.map((step) => (
        <StepCard key={step.id} step={step} definition={definition} start={definition.start === step.id}
                  onChange={(changed) => setDefinition((d) => replaceStep(d, changed))}
                  onRemove={definition.steps.length > 1 ? () => setDefinition((d) => removeStep(d, step.id)) : undefined} />
      ))}
      <div className="buttons">
        <button type="button" className="secondary" onClick={addStep}>{t('editor.addStep')}</button>
        <button type="submit" disabled={save.isPending}>{t('action.save')}</button>
      </div>
      {save.isError && (fieldError
        ? <div className="state error" role="alert">{t('editor.invalid', { field: fieldError.field, message: fieldError.message })}</div>
        : <ErrorMessage error={save.error} />)}
    </form>
  );
}

function StepCard({ step, definition, start, onChange, onRemove }: {
  step: Step; definition: Definition; start: boolean; onChange: (s: Step) => void; onRemove?: () => void;
}) {
  const { t } = useTranslation('workflows');
  const others = definition.steps.filter((s) => s.id !== step.id);
  const outcome = step.answers.length === 0;
  const addAnswer = () => onChange({
    ...step, answers: [...step.answers, { id: freshAnswerId(step), label: '', next: others[0]?.id ?? '' }],
  });
  return (
    <fieldset className={`workflow-step-card ${start ? 'start' : ''}`} data-testid={`step-${step.id}`}>
      <legend>{start ? t('editor.startStep', { id: step.id }) : step.id} · {outcome ? t('editor.outcome') : t('editor.question')}</legend>
      <div className="workflow-step-head">
        <label className="workflow-step-title-field">{t('field.title')}
          <input required value={step.title} onChange={(e) => onChange({ ...step, title: e.target.value })} />
        </label>
        <span className="spacer" />
        {onRemove && <button type="button" className="secondary" onClick={onRemove}>{t('editor.removeStep')}</button>}
      </div>
      <label>{t('field.body')}
        <textarea value={step.body} placeholder={t('editor.bodyHint')} onChange={(e) => onChange({ ...step, body: e.target.value })} />
      </label>
      <label>{t('field.question')}
        <input value={step.question ?? ''} onChange={(e) => onChange({ ...step, question: e.target.value || null })} />
      </label>
      {step.answers.map((answer, i) => (
        <div className="workflow-answer-row" key={answer.id}>
          <input aria-label={t('field.answer')} placeholder={t('field.answer')} value={answer.label} required
                 onChange={(e) => onChange({ ...step, answers: step.answers.map((a, j) => (j === i ? { ...a, label: e.target.value } : a)) })} />
          <span aria-hidden="true">→</span>
          <select aria-label={t('field.next')} value={answer.next}
                  onChange={(e) => onChange({ ...step, answers: step.answers.map((a, j) => (j === i ? { ...a, next: e.target.value } : a)) })}>
            {others.map((s) => <option key={s.id} value={s.id}>{s.title || s.id}</option>)}
          </select>
          <button type="button" className="secondary" aria-label={t('editor.removeAnswer')}
                  onClick={() => onChange({ ...step, answers: step.answers.filter((_, j) => j !== i) })}>✕</button>
        </div>
      ))}
      <div className="buttons">
        <button type="button" className="secondary" disabled={others.length === 0} onClick={addAnswer}>{t('editor.addAnswer')}</button>
      </div>
      {outcome && <ActionsEditor actions={step.actions} onChange={(actions) => onChange({ ...step, actions })} />}
    </fieldset>
  );
}

function ActionsEditor({ actions, onChange }: { actions: Action[]; onChange: (a: Action[]) => void }) {
  const { t } = useTranslation('workflows');
  const articles = useQuery({ queryKey: ['knowledge-articles', 'PUBLISHED'], queryFn: () => knowledgeApi.list('PUBLISHED') });
  const canned = useQuery({ queryKey: ['canned-responses'], queryFn: () => settingsApi.canned() });
  const queues = useQuery({ queryKey: ['routing-queues'], queryFn: routingQueues });
  const [adding, setAdding] = useState<ActionType>('TAGS');
  const set = (i: number, action: Action) => onChange(actions.map((a, j) => (j === i ? action : a)));
  const blank = (type: ActionType): Action => ({
    type,
    articleId: type === 'ARTICLE' ? (articles.data?.[0]?.id ?? null) : null,
    tags: type === 'TAGS' ? [] : null,
    priority: type === 'PRIORITY' ? 'HIGH' : null,
    cannedResponseId: type === 'CANNED_REPLY' ? (canned.data?.find((c) => c.shared)?.id ?? null) : null,
    queueId: type === 'ESCALATE' ? (queues.data?.[0]?.id ?? null) : null,
  });
  return (
    <div className="workflow-actions">
      <strong>{t('editor.actions')}</strong>
      {actions.map((action, i) => (
        <div className="workflow-action-row" key={i}>
          <span>{t(`actionType.${action.type}`)}</span>
          {action.type === 'TAGS' && (
            <input aria-label={t('field.tags')} placeholder={t('field.tags')} defaultValue={(action.tags ?? []).join(', ')}
                   onChange={(e) => set(i, { ...action, tags: e.target.value.split(',').map((s) => s.trim()).filter(Boolean) })} />
          )}
          {action.type === 'PRIORITY' && (
            <select aria-label={t('actionType.PRIORITY')} value={action.priority ?? 'HIGH'}
                    onChange={(e) => set(i, { ...action, priority: e.target.value as Priority })}>
              {PRIORITIES.map((p) => <option key={p} value={p}>{t(`priority.${p}`)}</option>)}
            </select>
          )}
          {action.type === 'ARTICLE' && (
            <select aria-label={t('actionType.ARTICLE')} value={action.articleId ?? ''}
                    onChange={(e) => set(i, { ...action, articleId: e.target.value })}>
              {(articles.data ?? []).map((a) => <option key={a.id} value={a.id}>{a.title} ({a.language})</option>)}
            </select>
          )}
          {action.type === 'CANNED_REPLY' && (
            <select aria-label={t('actionType.CANNED_REPLY')} value={action.cannedResponseId ?? ''}
                    onChange={(e) => set(i, { ...action, cannedResponseId: e.target.value })}>
              {(canned.data ?? []).filter((c) => c.shared).map((c) => <option key={c.id} value={c.id}>{c.title} (/{c.shortcut})</option>)}
            </select>
          )}
          {action.type === 'ESCALATE' && (
            <select aria-label={t('actionType.ESCALATE')} value={action.queueId ?? ''}
                    onChange={(e) => set(i, { ...action, queueId: e.target.value })}>
              {(queues.data ?? []).map((q) => <option key={q.id} value={q.id}>{q.name}</option>)}
            </select>
          )}
          <button type="button" className="secondary" aria-label={t('editor.removeAction')}
                  onClick={() => onChange(actions.filter((_, j) => j !== i))}>✕</button>
        </div>
      ))}
      <div className="workflow-action-row">
        <select aria-label={t('editor.actionType')} value={adding} onChange={(e) => setAdding(e.target.value as ActionType)}>
          {ACTION_TYPES.map((type) => <option key={type} value={type}>{t(`actionType.${type}`)}</option>)}
        </select>
        <button type="button" className="secondary" onClick={() => onChange([...actions, blank(adding)])}>{t('editor.addAction')}</button>
      </div>
    </div>
  );
}

function WorkflowAnalytics({ id }: { id: string }) {
  const { t } = useTranslation('workflows');
  const report = useQuery({ queryKey: ['workflow-analytics', id], queryFn: () => workflowApi.analytics(id) });
  if (report.isPending) return <Loading />;
  if (report.isError) return <ErrorMessage error={report.error} onRetry={() => void report.refetch()} />;
  const r = report.data;
  const completion = share(r.completions, r.starts);
  return (
    <div className="workflow-analytics" data-testid="workflow-analytics">
      <dl className="workflow-figures">
        <div><dt>{t('analytics.starts')}</dt><dd>{r.starts}</dd></div>
        <div><dt>{t('analytics.completions')}</dt><dd>{r.completions}{completion !== null && <span className="muted"> ({completion}%)</span>}</dd></div>
        <div><dt>{t('analytics.abandoned')}</dt><dd>{r.abandoned}</dd></div>
        <div><dt>{t('analytics.running')}</dt><dd>{r.running}</dd></div>
      </dl>
      <h3>{t('analytics.steps')}</h3>
      {r.steps.length === 0 ? <Empty>{t('analytics.none')}</Empty> : (
        <table>
          <thead><tr><th>{t('analytics.step')}</th><th>{t('analytics.reached')}</th><th>{t('analytics.leftHere')}</th><th>{t('analytics.runningHere')}</th></tr></thead>
          <tbody>
            {r.steps.map((s) => (
              <tr key={s.stepId}><td>{s.title}</td><td className="number">{s.reached}</td><td className="number">{s.leftHere}</td><td className="number">{s.runningHere}</td></tr>
            ))}
          </tbody>
        </table>
      )}
      <h3>{t('analytics.outcomes')}</h3>
      {r.outcomes.length === 0 ? <Empty>{t('analytics.none')}</Empty> : (
        <table>
          <thead><tr><th>{t('analytics.outcome')}</th><th>{t('analytics.runs')}</th><th>%</th></tr></thead>
          <tbody>
            {r.outcomes.map((o) => (
              <tr key={o.stepId}><td>{o.title}</td><td className="number">{o.runs}</td><td className="number">{share(o.runs, r.completions)}</td></tr>
            ))}
          </tbody>
        </table>
      )}
    </div>
  );
}
