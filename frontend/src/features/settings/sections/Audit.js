import { jsx as _jsx, jsxs as _jsxs, Fragment as _Fragment } from "react/jsx-runtime";
import { useInfiniteQuery, useQuery } from '@tanstack/react-query';
import { formatDateTime } from '../../../lib/format';
import { Empty, ErrorMessage, Loading } from '../../../ui/states';
import { settingsApi } from '../api';
import { useSettingsText } from '../components';
/** The workspace's audit log, newest first, a page at a time. */
export function AuditSection() {
    const { t } = useSettingsText();
    const log = useInfiniteQuery({
        queryKey: ['audit-log'],
        queryFn: ({ pageParam }) => settingsApi.audit(pageParam),
        initialPageParam: null,
        getNextPageParam: (last) => last.nextCursor,
    });
    const users = useQuery({ queryKey: ['users'], queryFn: settingsApi.users });
    const names = new Map((users.data ?? []).map((u) => [u.id, u.displayName]));
    const entries = log.data?.pages.flatMap((p) => p.items) ?? [];
    return (_jsxs("section", { children: [_jsxs("div", { className: "page-header", children: [_jsx("h2", { children: t('section.audit') }), _jsx("button", { type: "button", className: "secondary", onClick: () => log.refetch(), disabled: log.isFetching, children: t('audit.refresh') })] }), log.isPending ? _jsx(Loading, {}) : log.isError && entries.length === 0 ? _jsx(ErrorMessage, { error: log.error, onRetry: () => log.refetch() })
                : entries.length === 0 ? _jsx(Empty, { children: t('audit.empty') }) : (_jsxs(_Fragment, { children: [_jsxs("table", { className: "data-table", children: [_jsx("thead", { children: _jsxs("tr", { children: [_jsx("th", { scope: "col", children: t('audit.when') }), _jsx("th", { scope: "col", children: t('audit.actor') }), _jsx("th", { scope: "col", children: t('audit.action') }), _jsx("th", { scope: "col", children: t('audit.target') }), _jsx("th", { scope: "col", children: t('audit.detail') })] }) }), _jsx("tbody", { children: entries.map((e) => (_jsxs("tr", { children: [_jsx("td", { className: "numeric", children: formatDateTime(e.createdAt, { dateStyle: 'short', timeStyle: 'medium' }) }), _jsx("td", { className: "wrap", children: e.actorId ? names.get(e.actorId) ?? _jsx(ShortId, { id: e.actorId }) : t('audit.system') }), _jsx("td", { children: _jsx("code", { children: e.action }) }), _jsxs("td", { className: "wrap", children: [e.targetType, e.targetId && _jsxs("span", { className: "hint", children: [" ", names.get(e.targetId) ?? _jsx(ShortId, { id: e.targetId })] })] }), _jsx("td", { children: _jsx("div", { className: "audit-detail", children: e.detail && e.detail !== '{}' ? e.detail : '' }) })] }, e.id))) })] }), log.isFetchNextPageError && _jsx(ErrorMessage, { error: log.error, onRetry: () => log.fetchNextPage() }), log.hasNextPage && (_jsx("div", { className: "load-more", children: _jsx("button", { type: "button", className: "secondary", disabled: log.isFetchingNextPage, onClick: () => log.fetchNextPage(), children: log.isFetchingNextPage ? t('loading', { ns: 'common' }) : t('audit.more') }) }))] }))] }));
}
/** The tail of an id (time-ordered ids share their head), the whole id on hover. */
function ShortId({ id }) {
    return _jsxs("span", { title: id, children: ["\u2026", id.slice(-8)] });
}
