import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ProblemError } from '../../lib/http';
import { currentLocale } from '../../lib/i18n';
import { ErrorMessage, Loading } from '../../ui/states';
import { sanitizeHtml } from '../conversation/sanitize';
import { type RunResult, type WorkflowLanguage, type WorkflowRun, WORKFLOW_LANGUAGES, workflowApi, workflowLanguageOf } from './api';
import './workflows.css';

/**
 * The side panel's guided workflow: pick a published workflow, answer step by step (back and restart allowed), and at
 * the outcome see what was applied and insert the suggested reply or article. The run lives on the server, so a
 * reload (or a colleague) finds it where it was; every move lands on the conversation's timeline.
 */
export function WorkflowPanel({ conversationId, onInsert }: { conversationId: string; onInsert: (text: string) => void }) {
  const { t } = useTranslation('workflows');
  const headingId = useId();
  const queryClient = useQueryClient();
  const running = useQuery({ queryKey: ['workflow-run', conversationId], queryFn: () => workflowApi.running(conversationId) });
  const [finished, setFinished] = useState<WorkflowRun | null>(null);
  const move = useMutation({
    mutationFn: (action: () => Promise<WorkflowRun>) => action(),
    onSuccess: (run) => {
      queryClient.setQueryData(['workflow-run', conversationId], run.status === 'RUNNING' ? run : null);
      setFinished(run.status === 'COMPLETED' ? run : null);
      void queryClient.invalidateQueries({ queryKey: ['timeline', conversationId] });
      void queryClient.invalidateQueries({ queryKey: ['conversation', conversationId] });
    },
    onError: (error) => {
      // 409: the run moved on or ended elsewhere (another window, a colleague, the conversation resolved): show it as it is.
      if (error instanceof ProblemError && error.status === 409) {
        void queryClient.invalidateQueries({ queryKey: ['workflow-run', conversationId] });
      }
    },
  });
  const run = running.data ?? null;

  return (
    <section className="panel-section workflow-panel" aria-labelledby={headingId} data-testid="workflow-panel">
      <h3 id={headingId}>{t('panel.title')}</h3>
      {move.isError && <ErrorMessage error={move.error} />}
      {running.isPending ? <Loading />
        : running.isError ? <ErrorMessage error={running.error} onRetry={() => void running.refetch()} />
        : run ? <RunningStep run={run} busy={move.isPending} onMove={(action) => move.mutate(action)} />
        : finished ? <Outcome run={finished} onInsert={onInsert} onDone={() => { setFinished(null); move.reset(); }} />
        : <StartWorkflow busy={move.isPending} onStart={(workflowId) => move.mutate(() => workflowApi.start(conversationId, workflowId))} />}
    </section>
  );
}

function StartWorkflow({ busy, onStart }: { busy: boolean; onStart: (workflowId: string) => void }) {
  const { t } = useTranslation('workflows');
  const [language, setLanguage] = useState<WorkflowLanguage | ''>(workflowLanguageOf(currentLocale()));
  const [chosen, setChosen] = useState('');
  const workflows = useQuery({
    queryKey: ['workflows', 'published', language],
    queryFn: () => workflowApi.list(language || undefined, 'PUBLISHED'),
  });
  if (workflows.isPending) return <Loading />;
  if (workflows.isError) return <ErrorMessage error={workflows.error} onRetry={() => void workflows.refetch()} />;
  const selected = workflows.data.some((w) => w.id === chosen) ? chosen : (workflows.data[0]?.id ?? '');
  return (
    <div className="workflow-start">
      <label>
        <span className="muted">{t('panel.language')}</span>
        <select value={language} onChange={(e) => setLanguage(e.target.value as WorkflowLanguage | '')}>
          <option value="">{t('language.all')}</option>
          {WORKFLOW_LANGUAGES.map((l) => <option key={l} value={l}>{t(`language.${l}`)}</option>)}
        </select>
      </label>
      {workflows.data.length === 0 ? <p className="muted">{t('panel.none')}</p> : (
        <div className="workflow-start-row">
          <select aria-label={t('panel.choose')} value={selected} onChange={(e) => setChosen(e.target.value)}>
            {workflows.data.map((w) => <option key={w.id} value={w.id}>{w.name}</option>)}
          </select>
          <button type="button" disabled={busy || !selected} onClick={() => onStart(selected)}>{t('panel.start')}</button>
        </div>
      )}
    </div>
  );
}

function RunningStep({ run, busy, onMove }: { run: WorkflowRun; busy: boolean; onMove: (action: () => Promise<WorkflowRun>) => void }) {
  const { t } = useTranslation('workflows');
  const step = run.step;
  return (
    <div className="workflow-run" data-testid="workflow-run">
      <p className="workflow-name">{run.workflowName} <span className="muted">{t('version', { version: run.version })}</span></p>
      {run.path.length > 0 && (
        <ol className="workflow-path" aria-label={t('panel.path')}>
          {run.path.map((p, i) => <li key={`${p.stepId}-${i}`}>{p.title}{p.answer && <> → <strong>{p.answer}</strong></>}</li>)}
        </ol>
      )}
      <h4 className="workflow-step-title">{step.title}</h4>
      {step.body && <div className="workflow-body" dangerouslySetInnerHTML={{ __html: sanitizeHtml(step.body, true) }} />}
      {step.question && <p className="workflow-question">{step.question}</p>}
      <div className="workflow-answers">
        {step.answers.map((a) => (
          <button key={a.id} type="button" disabled={busy} onClick={() => onMove(() => workflowApi.answer(run, a.id))}>{a.label}</button>
        ))}
      </div>
      <div className="workflow-controls">
        <button type="button" className="secondary" disabled={busy || run.path.length === 0}
                onClick={() => onMove(() => workflowApi.back(run))}>{t('panel.back')}</button>
        <button type="button" className="secondary" disabled={busy || run.path.length === 0}
                onClick={() => onMove(() => workflowApi.restart(run))}>{t('panel.restart')}</button>
        <button type="button" className="secondary" disabled={busy} onClick={() => onMove(() => workflowApi.stop(run))}>{t('panel.stop')}</button>
      </div>
    </div>
  );
}

function Outcome({ run, onInsert, onDone }: { run: WorkflowRun; onInsert: (text: string) => void; onDone: () => void }) {
  const { t } = useTranslation('workflows');
  return (
    <div className="workflow-run workflow-outcome" data-testid="workflow-outcome">
      <p className="workflow-name">{run.workflowName}</p>
      <p role="status" className="workflow-done">{t('panel.completed', { outcome: run.step.title })}</p>
      {run.step.body && <div className="workflow-body" dangerouslySetInnerHTML={{ __html: sanitizeHtml(run.step.body, true) }} />}
      {run.results.length > 0 && (
        <ul className="workflow-results">
          {run.results.map((r, i) => <li key={`${r.type}-${i}`}><ResultLine result={r} onInsert={onInsert} /></li>)}
        </ul>
      )}
      <button type="button" className="secondary" onClick={onDone}>{t('panel.done')}</button>
    </div>
  );
}

function ResultLine({ result, onInsert }: { result: RunResult; onInsert: (text: string) => void }) {
  const { t } = useTranslation('workflows');
  if (!result.available) return <span className="muted">{t(`result.gone.${result.type}`)}</span>;
  switch (result.type) {
    case 'ARTICLE':
      return (
        <span>
          {t('result.ARTICLE')} <a href={`/knowledge/articles/${result.id}`} target="_blank" rel="noreferrer">{result.title}</a>{' '}
          <button type="button" className="link-button"
                  onClick={() => onInsert(`${result.title}: ${window.location.origin}/knowledge/articles/${result.id}`)}>
            {t('result.insertLink')}
          </button>
        </span>
      );
    case 'CANNED_REPLY':
      return (
        <span>
          {t('result.CANNED_REPLY', { title: result.title })}{' '}
          <button type="button" onClick={() => onInsert(result.text ?? '')}>{t('result.insertReply')}</button>
        </span>
      );
    case 'PRIORITY':
      return <span>{t('result.PRIORITY', { priority: t(`priority.${result.title}`) })}</span>;
    default:
      return <span>{t(`result.${result.type}`, { value: result.title })}</span>;
  }
}
