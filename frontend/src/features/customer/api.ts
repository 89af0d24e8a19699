import { api, query } from '../../lib/http';
import { type Conversation, normalizeConversation } from '../conversation/api';

export interface Identity {
  kind: 'EMAIL' | 'PHONE' | 'WHATSAPP' | 'MESSENGER' | 'INSTAGRAM' | 'CHAT' | 'EXTERNAL' | string;
  value: string;
}

export interface Contact {
  id: string;
  name: string | null;
  company: string | null;
  language: string | null;
  timezone: string | null;
  tier: string;
  lifetimeValue: number;
  customAttributes: Record<string, unknown>;
  notes: string | null;
  identities: Identity[];
  mergedInto: string | null;
  erased: boolean;
  createdAt: string;
  updatedAt: string;
}

export interface CustomerOverview {
  contact: Contact;
  conversations: Conversation[];
  countsByStatus: Record<string, number>;
}

export interface ContactChanges {
  name?: string | null;
  company?: string | null;
  language?: string | null;
  timezone?: string | null;
  tier?: string | null;
  lifetimeValue?: number | null;
  notes?: string | null;
  customAttributes?: Record<string, unknown>;
}

export interface Page<T> {
  items: T[];
  nextCursor: string | null;
}

export const contactApi = {
  get: (id: string) => api.get<Contact>(`/contacts/${id}`),
  overview: (id: string) => api.get<CustomerOverview>(`/contacts/${id}/overview`)
    .then((o) => ({ ...o, conversations: o.conversations.map(normalizeConversation) })),
  update: (id: string, changes: ContactChanges) => api.patch<Contact>(`/contacts/${id}`, changes),
  merge: (id: string, mergeContactId: string) => api.post<Contact>(`/contacts/${id}/merge`, { mergeContactId }),
  list: (q: string, cursor?: string | null, limit = 50) => api.get<Page<Contact>>(`/contacts${query({ q, cursor, limit })}`),
};

/** The contact's first address of a kind, e.g. the email a reply goes to. */
export const identityOf = (contact: Contact | undefined, kind: string) =>
  contact?.identities.find((i) => i.kind === kind)?.value ?? null;

/** The readable name of a contact: name, else an address, else a fallback. */
export const contactLabel = (contact: Contact | undefined | null, fallback: string) =>
  contact?.name?.trim() || contact?.identities[0]?.value || fallback;
