import { api, query } from '../../lib/http';
export const STATUSES = ['OPEN', 'PENDING', 'SNOOZED', 'RESOLVED', 'CLOSED'];
export const PRIORITIES = ['LOW', 'NORMAL', 'HIGH', 'URGENT'];
/** Conversations name their channel by its id ("email"); the UI uses the Channel enum names ("EMAIL") throughout. */
export const normalizeConversation = (c) => ({ ...c, channel: c.channel ? c.channel.toUpperCase() : null });
export const conversationApi = {
    get: (id) => api.get(`/conversations/${id}`).then(normalizeConversation),
    messages: (id) => api.get(`/conversations/${id}/messages`),
    timeline: (id) => api.get(`/conversations/${id}/timeline`),
    reply: (id, body) => api.post(`/conversations/${id}/messages`, body),
    retry: (id, messageId) => api.post(`/conversations/${id}/messages/${messageId}/retry`),
    note: (id, text, mentions) => api.post(`/conversations/${id}/notes`, { text, mentions }),
    update: (id, changes) => api.patch(`/conversations/${id}`, changes).then(normalizeConversation),
    assign: (id, assigneeId, teamId) => api.put(`/conversations/${id}/assignment`, { assigneeId, teamId }).then(normalizeConversation),
    users: () => api.get('/users'),
    teams: () => api.get('/teams'),
    tags: () => api.get('/tags'),
    cannedResponses: (q) => api.get(`/canned-responses${query({ q })}`),
    attributeDefinitions: () => api.get('/attribute-definitions'),
};
