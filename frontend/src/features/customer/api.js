import { api, query } from '../../lib/http';
import { normalizeConversation } from '../conversation/api';
export const contactApi = {
    get: (id) => api.get(`/contacts/${id}`),
    overview: (id) => api.get(`/contacts/${id}/overview`)
        .then((o) => ({ ...o, conversations: o.conversations.map(normalizeConversation) })),
    update: (id, changes) => api.patch(`/contacts/${id}`, changes),
    merge: (id, mergeContactId) => api.post(`/contacts/${id}/merge`, { mergeContactId }),
    list: (q, cursor, limit = 50) => api.get(`/contacts${query({ q, cursor, limit })}`),
};
/** The contact's first address of a kind, e.g. the email a reply goes to. */
export const identityOf = (contact, kind) => contact?.identities.find((i) => i.kind === kind)?.value ?? null;
/** The readable name of a contact: name, else an address, else a fallback. */
export const contactLabel = (contact, fallback) => contact?.name?.trim() || contact?.identities[0]?.value || fallback;
