import { api, query } from '../../lib/http';

export type WorkflowLanguage = 'en' | 'zh-Hans' | 'zh-Hant' | 'ko';
export const WORKFLOW_LANGUAGES: WorkflowLanguage[] = ['en', 'zh-Hans', 'zh-Hant', 'ko'];
export type WorkflowStatus = 'DRAFT' | 'PUBLISHED' | 'ARCHIVED';
export type ActionType = 'ARTICLE' | 'TAGS' | 'PRIORITY' | 'CANNED_REPLY' | 'ESCALATE';
export const ACTION_TYPES: ActionType[] = ['ARTICLE', 'TAGS', 'PRIORITY', 'CANNED_REPLY', 'ESCALATE'];
export type Priority = 'LOW' | 'NORMAL' | 'HIGH' | 'URGENT';

export interface Answer { id: string; label: string; next: string }

export interface Action {
  type: ActionType;
  articleId?: string | null;
  tags?: string[] | null;
  priority?: Priority | null;
  cannedResponseId?: string | null;
  queueId?: string | null;
}

/** A step with answers asks; one without is an outcome, and only outcomes have actions. `body` is sanitized HTML. */
export interface Step {
  id: string;
  title: string;
  body: string;
  question: string | null;
  answers: Answer[];
  actions: Action[];
}

export interface Definition { start: string; steps: Step[] }

export interface WorkflowSummary {
  id: string;
  name: string;
  language: WorkflowLanguage;
  status: WorkflowStatus;
  version: number;
  updatedAt: string;
}

export interface Workflow extends WorkflowSummary { definition: Definition; createdAt: string }

export type RunStatus = 'RUNNING' | 'COMPLETED' | 'ABANDONED';

export interface RunResult { type: ActionType; id: string | null; title: string; text: string | null; available: boolean }

export interface WorkflowRun {
  id: string;
  workflowId: string;
  workflowName: string;
  version: number;
  conversationId: string;
  status: RunStatus;
  step: Step;
  path: { stepId: string; title: string; answer: string | null }[];
  results: RunResult[];
  startedAt: string;
  endedAt: string | null;
}

export interface WorkflowReport {
  workflowId: string;
  starts: number;
  completions: number;
  abandoned: number;
  running: number;
  steps: { stepId: string; title: string; reached: number; leftHere: number; runningHere: number }[];
  outcomes: { stepId: string; title: string; runs: number }[];
}

export const workflowApi = {
  list: (language?: WorkflowLanguage, status?: WorkflowStatus) =>
    api.get<WorkflowSummary[]>(`/workflows${query({ language, status })}`),
  get: (id: string) => api.get<Workflow>(`/workflows/${id}`),
  create: (body: { name: string; language: WorkflowLanguage; definition: Definition }) => api.post<Workflow>('/workflows', body),
  update: (id: string, body: { name: string; language: WorkflowLanguage; definition: Definition }) =>
    api.put<Workflow>(`/workflows/${id}`, body),
  changeStatus: (id: string, status: WorkflowStatus) => api.post<Workflow>(`/workflows/${id}/status`, { status }),
  analytics: (id: string) => api.get<WorkflowReport>(`/workflows/${id}/analytics`),
  running: (conversationId: string) =>
    api.get<WorkflowRun | undefined>(`/conversations/${conversationId}/workflow-run`).then((run) => run ?? null),
  start: (conversationId: string, workflowId: string) =>
    api.post<WorkflowRun>(`/conversations/${conversationId}/workflow-run`, { workflowId }),
  answer: (run: WorkflowRun, answerId: string) =>
    api.post<WorkflowRun>(`/workflow-runs/${run.id}/answer`, { stepId: run.step.id, answerId }),
  back: (run: WorkflowRun) => api.post<WorkflowRun>(`/workflow-runs/${run.id}/back`, { stepId: run.step.id }),
  restart: (run: WorkflowRun) => api.post<WorkflowRun>(`/workflow-runs/${run.id}/restart`, { stepId: run.step.id }),
  stop: (run: WorkflowRun) => api.post<WorkflowRun>(`/workflow-runs/${run.id}/stop`),
};

/** The workspace language an agent's UI locale corresponds to, to list workflows in it first. */
export function workflowLanguageOf(locale: string): WorkflowLanguage {
  if (locale === 'zh-CN') return 'zh-Hans';
  if (locale === 'zh-TW') return 'zh-Hant';
  return locale === 'ko' ? 'ko' : 'en';
}
