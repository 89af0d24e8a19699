import { jsx as _jsx, jsxs as _jsxs } from "react/jsx-runtime";
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useCallback, useEffect, useMemo, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { Navigate, useLocation, useNavigate, useParams, useSearchParams } from 'react-router';
import { useLiveEvents } from '../../lib/live';
import { includes } from '../auth/api';
import { useSession } from '../auth/session';
import { ConversationArea } from '../conversation/ConversationArea';
import { inboxApi } from './api';
import { ConversationList } from './ConversationList';
import { filtersFromSearch, filtersToSearch } from './filters';
import { useInboxCounts } from './hooks';
import { createRefetchScheduler, effectOf, inboxKeys, patchAllLists, unreadTitle } from './live';
import { alertFor, loadNotifySettings, playChime, showDesktopNotification } from './notify';
import { ViewsColumn } from './ViewsColumn';
import './inbox.css';
/**
 * The agent's home: views with live counts, the conversation list, and the open conversation beside it.
 * The URL holds everything: /inbox/<view>/<conversationId>?<filters>.
 */
export function InboxPage() {
    const { me } = useSession();
    const params = useParams();
    const location = useLocation();
    const defaultView = includes(me.role, 'SUPERVISOR') ? 'all' : 'mine';
    if (!params.view)
        return _jsx(Navigate, { to: `/inbox/${defaultView}${location.search}`, replace: true });
    return _jsx(Inbox, { view: params.view, conversationId: params.conversationId });
}
function Inbox({ view, conversationId }) {
    const { t } = useTranslation('inbox');
    const { me } = useSession();
    const client = useQueryClient();
    const navigate = useNavigate();
    const [search, setSearch] = useSearchParams();
    const filters = useMemo(() => filtersFromSearch(search), [search]);
    const searchText = search.toString();
    const setFilters = useCallback((next) => {
        setSearch(filtersToSearch(next), { replace: true });
    }, [setSearch]);
    const open = useCallback((id) => {
        navigate({ pathname: `/inbox/${view}/${id}`, search: searchText ? `?${searchText}` : '' });
    }, [navigate, view, searchText]);
    // A burst of live events costs one refetch of the lists and one of the counts.
    const scheduler = useMemo(() => createRefetchScheduler(({ lists, counts }) => {
        if (lists)
            void client.invalidateQueries({ queryKey: inboxKeys.lists });
        if (counts)
            void client.invalidateQueries({ queryKey: inboxKeys.counts });
    }), [client]);
    useEffect(() => () => scheduler.cancel(), [scheduler]);
    // Opening a conversation marks it read for me.
    const markRead = useMutation({
        mutationFn: inboxApi.markRead,
        onSuccess: () => scheduler.request({ counts: true }),
    });
    const markReadNow = markRead.mutate;
    useEffect(() => {
        if (!conversationId)
            return;
        patchAllLists(client, conversationId, (item) => ({ ...item, unread: false }));
        markReadNow(conversationId);
    }, [conversationId, client, markReadNow]);
    const openRef = useRef(conversationId);
    openRef.current = conversationId;
    useLiveEvents((event) => {
        const effect = effectOf(event, me.userId);
        const id = effect.conversationId;
        const isOpen = !!id && id === openRef.current;
        if (id && effect.patch) {
            const patch = effect.patch;
            // What arrives in the conversation I am looking at is read already.
            patchAllLists(client, id, isOpen ? (item) => ({ ...patch(item), unread: false }) : patch);
        }
        scheduler.request(effect);
        if (isOpen && (event.type === 'message.received' || event.type === 'note.added'))
            markReadNow(id);
        const alert = alertFor(event, me.userId);
        if (alert) {
            const settings = loadNotifySettings();
            if (settings.sound)
                playChime();
            if (settings.desktop && (document.hidden || !isOpen)) {
                const item = findItem(client, alert.conversationId);
                showDesktopNotification(t(alert.kind === 'assigned' ? 'notify.assignedTitle' : 'notify.mentionedTitle'), item ? `${item.contactName ?? t('list.unknownContact')}: ${item.subject ?? item.preview ?? ''}` : '', `${alert.kind}-${alert.conversationId}`, () => navigate(`/inbox/${alert.kind === 'assigned' ? 'mine' : 'mentions'}/${alert.conversationId}`));
            }
        }
    });
    // The tab shows how many conversations wait unread: "(3) Frontline".
    const counts = useInboxCounts();
    const unread = counts.data?.unread;
    useEffect(() => {
        document.title = unreadTitle(unread);
    }, [unread]);
    useEffect(() => () => {
        document.title = unreadTitle(0);
    }, []);
    return (_jsxs("div", { className: "inbox", children: [_jsx(ViewsColumn, { current: view, counts: counts }), _jsx(ConversationList, { view: view, filters: filters, setFilters: setFilters, openId: conversationId, onOpen: open, counts: counts.data }, view), _jsx("section", { className: "inbox-conversation", "aria-label": t('conversation.label'), children: _jsx(ConversationArea, { conversationId: conversationId }) })] }));
}
function findItem(client, id) {
    for (const [, data] of client.getQueriesData({ queryKey: inboxKeys.lists })) {
        for (const page of data?.pages ?? []) {
            const item = page.items.find((i) => i.id === id);
            if (item)
                return item;
        }
    }
    return undefined;
}
