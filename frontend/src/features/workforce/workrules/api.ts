import { api } from '../../../lib/http';

export const WEEKDAYS = ['MONDAY', 'TUESDAY', 'WEDNESDAY', 'THURSDAY', 'FRIDAY', 'SATURDAY', 'SUNDAY'] as const;
export type Weekday = (typeof WEEKDAYS)[number];

export interface Window { from: string; to: string }

/** A template sets every term; an agent's overrides only those that differ. Unset terms mean full time. */
export interface ContractTerms {
  minHoursPerWeek?: number | null;
  maxHoursPerWeek?: number | null;
  maxDaysPerWeek?: number | null;
  minDaysOffPerWeek?: number | null;
  minRestHours?: number | null;
  daysOff?: Weekday[] | null;
}

export interface BreakTier {
  fromLengthMinutes: number; breaks: number; breakMinutes: number; lunchMinutes: number; lunchEarliestAfter: number; lunchLatestAfter: number;
}
export interface BreakRuleSet { id: string; name: string; tiers: BreakTier[] }
export interface ContractTemplate { id: string; name: string; terms: ContractTerms; breakRuleSetId: string | null }

/** weekly null: any time. An exception without a window: not available that day. */
export interface AgentAvailability {
  weekly: Partial<Record<Weekday, Window>> | null;
  exceptions: { day: string; window: Window | null }[];
}
export interface AgentPreferences {
  desiredDays: Weekday[] | null; undesiredDays: Weekday[] | null; preferredHours: Window | null; preferredStart: string | null;
}
export interface AgentWorkRules {
  userId: string;
  displayName: string;
  contractTemplateId: string | null;
  contractTemplateName: string | null;
  overrides: ContractTerms;
  effectiveTerms: ContractTerms;
  breakRuleSetName: string | null;
  availability: AgentAvailability;
  pendingAvailability: AgentAvailability | null;
  pendingSince: string | null;
  preferences: AgentPreferences;
}

/** The form of a weekly availability: each weekday on or off with its window; any time when none is restricted. */
export interface WeekForm { anyTime: boolean; days: Record<Weekday, { on: boolean; from: string; to: string }> }

export function weekForm(availability: AgentAvailability): WeekForm {
  const days = {} as WeekForm['days'];
  for (const day of WEEKDAYS) {
    const window = availability.weekly?.[day];
    days[day] = { on: !availability.weekly || !!window, from: window?.from.slice(0, 5) ?? '08:00', to: window?.to.slice(0, 5) ?? '18:00' };
  }
  return { anyTime: availability.weekly === null, days };
}

export function toAvailability(form: WeekForm, exceptions: AgentAvailability['exceptions']): AgentAvailability {
  if (form.anyTime) return { weekly: null, exceptions };
  const weekly: Partial<Record<Weekday, Window>> = {};
  for (const day of WEEKDAYS) {
    if (form.days[day].on) weekly[day] = { from: form.days[day].from, to: form.days[day].to };
  }
  return { weekly, exceptions };
}

/** "32–40 h · 5 days" for a contract's terms; full-time defaults fill what is unset. */
export function hoursSummary(terms: ContractTerms): { min: number; max: number; days: number } {
  return { min: terms.minHoursPerWeek ?? 32, max: terms.maxHoursPerWeek ?? 40, days: terms.maxDaysPerWeek ?? 5 };
}

export const workRulesApi = {
  breakRuleSets: () => api.get<BreakRuleSet[]>('/workforce/break-rule-sets'),
  createBreakRuleSet: (name: string, tiers: BreakTier[]) => api.post<BreakRuleSet>('/workforce/break-rule-sets', { name, tiers }),
  contractTemplates: () => api.get<ContractTemplate[]>('/workforce/contract-templates'),
  createContractTemplate: (name: string, terms: ContractTerms, breakRuleSetId: string | null) =>
    api.post<ContractTemplate>('/workforce/contract-templates', { name, terms, breakRuleSetId }),
  deleteContractTemplate: (id: string) => api.delete<void>(`/workforce/contract-templates/${id}`),
  agents: () => api.get<AgentWorkRules[]>('/workforce/work-rules'),
  assign: (rules: AgentWorkRules, changes: Partial<Pick<AgentWorkRules, 'contractTemplateId' | 'overrides' | 'availability' | 'preferences'>>) =>
    api.put<AgentWorkRules>(`/workforce/work-rules/${rules.userId}`, {
      contractTemplateId: rules.contractTemplateId, overrides: rules.overrides, availability: rules.availability, preferences: rules.preferences, ...changes,
    }),
  decideAvailability: (userId: string, approve: boolean) =>
    api.post<AgentWorkRules>(`/workforce/work-rules/${userId}/availability/${approve ? 'approve' : 'decline'}`),
  mine: () => api.get<AgentWorkRules>('/workforce/my-work-rules'),
  setMyPreferences: (preferences: AgentPreferences) => api.put<AgentWorkRules>('/workforce/my-work-rules/preferences', preferences),
  requestMyAvailability: (availability: AgentAvailability) => api.put<AgentWorkRules>('/workforce/my-work-rules/availability', availability),
};
