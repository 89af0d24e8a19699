import { useQuery } from '@tanstack/react-query';
import { api } from '../../lib/http';

/** An approved WhatsApp template of the inbox; `body` has numbered variables {{1}}, {{2}}, … */
export interface MessagingTemplate {
  name: string;
  language: string;
  body: string;
  variables: number;
}

/**
 * What the composer of an SMS, WhatsApp, Messenger or Instagram conversation may send now
 * (`GET /conversations/{id}/messaging`). Messenger and Instagram: within `windowClosesAt` a standard reply, then
 * until `humanAgentUntil` a reply tagged HUMAN_AGENT (`humanAgentTag`), later nothing.
 */
export interface MessagingState {
  channel: 'sms' | 'whatsapp' | 'messenger' | 'instagram';
  recipient: string;
  optedOut: boolean;
  windowOpen: boolean;
  windowClosesAt: string | null;
  freeTextAllowed: boolean;
  humanAgentTag: boolean;
  humanAgentUntil: string | null;
  templates: MessagingTemplate[];
}

/** A template as the agent filled it in, sent as the reply's `metadata.whatsapp.template`. */
export interface TemplateChoice {
  template: MessagingTemplate;
  variables: string[];
}

export const isMessagingChannel = (channel: string | null | undefined) =>
  channel === 'SMS' || channel === 'WHATSAPP' || channel === 'MESSENGER' || channel === 'INSTAGRAM';

/** Messenger and Instagram follow Meta's Messenger Platform window (24 hours, then HUMAN_AGENT for 7 days). */
export const isMetaMessaging = (state: MessagingState) => state.channel === 'messenger' || state.channel === 'instagram';

/** The template's body with its variables filled in; an empty variable stays as {{n}}. */
export function renderTemplate(body: string, variables: string[]) {
  return body.replace(/\{\{(\d+)}}/g, (whole, n: string) => variables[Number(n) - 1]?.trim() || whole);
}

export function templateComplete(choice: TemplateChoice) {
  return choice.variables.length === choice.template.variables && choice.variables.every((v) => v.trim().length > 0);
}

export function templateMetadata(choice: TemplateChoice) {
  return {
    whatsapp: {
      template: { name: choice.template.name, language: choice.template.language, variables: choice.variables.map((v) => v.trim()) },
    },
  };
}

/** The conversation's SMS opt-out and WhatsApp window state; none for other channels or inboxes without a provider. */
export function useMessagingState(conversationId: string, channel: string | null | undefined) {
  return useQuery({
    queryKey: ['messaging', conversationId],
    queryFn: () => api.get<MessagingState>(`/conversations/${conversationId}/messaging`).catch((e: { status?: number }) => {
      if (e?.status === 404 || e?.status === 422) return null;
      throw e;
    }),
    enabled: isMessagingChannel(channel),
    refetchInterval: 60_000,
  });
}
