import { api } from '../../lib/http';

export type CallState = 'IVR' | 'QUEUED' | 'RINGING' | 'CONNECTED' | 'ON_HOLD' | 'ENDED';
export type CallOutcome = 'COMPLETED' | 'ABANDONED' | 'CALLBACK' | 'VOICEMAIL' | 'BUSY' | 'NO_ANSWER' | 'FAILED' | 'CANCELED';

/** A call as the server records it (backend: channels/voice/VoiceController.CallView); durations in seconds. */
export interface Call {
  id: string;
  inboxId: string;
  conversationId: string | null;
  callSid: string;
  direction: 'INBOUND' | 'OUTBOUND';
  from: string;
  to: string;
  state: CallState;
  outcome: CallOutcome | null;
  providerStatus: string | null;
  queueId: string | null;
  agentId: string | null;
  createdAt: string;
  enqueuedAt: string | null;
  answeredAt: string | null;
  endedAt: string | null;
  waitSeconds: number | null;
  ringSeconds: number | null;
  talkSeconds: number | null;
  holdSeconds: number;
  callbackRequested: boolean;
  voicemail: boolean;
  note: string | null;
  wrapUpSeconds: number | null;
  /** Bridged in a conference (incoming calls once an agent took them): mute and warm transfer apply. */
  inConference: boolean;
  muted: boolean;
  /** The colleague consulted for a warm transfer while the caller is on hold, and whether they picked up. */
  consultAgentId: string | null;
  consultAnswered: boolean;
  /** The agent who handed the caller over to a consulted colleague, and that agent's own after-call note and wrap-up. */
  handedOverBy: string | null;
  handedOverAt: string | null;
  handOverNote: string | null;
  handOverWrapUpSeconds: number | null;
}

export interface AgentEndpoint {
  kind: 'PHONE' | 'CLIENT';
  address: string;
}

export const voiceApi = {
  callContact: (body: { inboxId: string; contactId: string; number?: string }) => api.post<Call>('/voice/calls', body),
  calls: (conversationId: string) => api.get<Call[]>(`/conversations/${conversationId}/calls`),
  hangUp: (id: string) => api.post<Call>(`/voice/calls/${id}/hangup`),
  hold: (id: string) => api.post<Call>(`/voice/calls/${id}/hold`),
  resume: (id: string) => api.post<Call>(`/voice/calls/${id}/resume`),
  mute: (id: string) => api.post<Call>(`/voice/calls/${id}/mute`),
  unmute: (id: string) => api.post<Call>(`/voice/calls/${id}/unmute`),
  consult: (id: string, agentId: string) => api.post<Call>(`/voice/calls/${id}/consult`, { agentId }),
  completeConsult: (id: string, note?: string) => api.post<Call>(`/voice/calls/${id}/consult/complete`, { note }),
  cancelConsult: (id: string) => api.post<Call>(`/voice/calls/${id}/consult/cancel`),
  transfer: (id: string, target: { agentId?: string; queueId?: string; note?: string }) =>
    api.post<Call>(`/voice/calls/${id}/transfer`, target),
  note: (id: string, note: string) => api.put<Call>(`/voice/calls/${id}/note`, { note }),
  endpoint: () => api.get<AgentEndpoint>('/voice/endpoint'),
  setEndpoint: (endpoint: AgentEndpoint) => api.put<AgentEndpoint>('/voice/endpoint', endpoint),
};

/** Whether the call is still going on (the controls apply). */
export const isLive = (call: Call) => call.state === 'RINGING' || call.state === 'CONNECTED' || call.state === 'ON_HOLD';

/** Seconds as m:ss (h:mm:ss from an hour); an unknown duration as an en dash. */
export function duration(seconds: number | null | undefined): string {
  if (seconds == null || seconds < 0) return '–';
  const h = Math.floor(seconds / 3600);
  const m = Math.floor((seconds % 3600) / 60);
  const s = Math.floor(seconds % 60);
  const ss = String(s).padStart(2, '0');
  return h > 0 ? `${h}:${String(m).padStart(2, '0')}:${ss}` : `${m}:${ss}`;
}
