import { api, query } from '../../lib/http';
import { filtersToParams } from './filters';
export const CHANNELS = ['CHAT', 'EMAIL', 'SMS', 'WHATSAPP', 'MESSENGER', 'VOICE', 'API'];
export const STATUSES = ['OPEN', 'PENDING', 'SNOOZED', 'RESOLVED', 'CLOSED'];
export const PRIORITIES = ['URGENT', 'HIGH', 'NORMAL', 'LOW'];
export const PAGE_SIZE = 50;
export const inboxApi = {
    list: (view, filters, cursor, limit = PAGE_SIZE) => api.get(`/inbox${query({ view, ...filtersToParams(filters), cursor, limit })}`),
    counts: () => api.get('/inbox/counts'),
    views: () => api.get('/views'),
    createView: (view) => api.post('/views', view),
    updateView: (id, view) => api.patch(`/views/${id}`, view),
    deleteView: (id) => api.delete(`/views/${id}`),
    bulk: (request) => api.post('/conversations/bulk', request),
    markRead: (id) => api.put(`/conversations/${id}/read`),
    users: () => api.get('/users'),
    teams: () => api.get('/teams'),
    inboxes: () => api.get('/inboxes'),
    tags: () => api.get('/tags'),
};
