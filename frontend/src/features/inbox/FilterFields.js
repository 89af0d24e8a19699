import { jsx as _jsx, jsxs as _jsxs } from "react/jsx-runtime";
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { CHANNELS, PRIORITIES, STATUSES } from './api';
import { SORTS } from './filters';
import { useInboxes, useTags, useTeams, useUsers } from './hooks';
/** Every filter as a labelled field; used by the filter bar's popover and the saved view dialog. */
export function FilterFields({ value, onChange, withSearch = false, withSort = false }) {
    const { t } = useTranslation('inbox');
    const id = useId();
    const users = useUsers();
    const teams = useTeams();
    const inboxes = useInboxes();
    const tags = useTags();
    const set = (key, next) => onChange({ ...value, [key]: next || undefined });
    const select = (key, options, anyLabel = t('filter.any')) => (_jsxs("label", { className: "field", htmlFor: `${id}-${key}`, children: [_jsx("span", { children: t(`filter.${key}`) }), _jsxs("select", { id: `${id}-${key}`, value: value[key] ?? '', onChange: (e) => set(key, e.target.value), children: [_jsx("option", { value: "", children: anyLabel }), options.map((o) => _jsx("option", { value: o.value, children: o.label }, o.value))] })] }));
    const text = (key, list) => (_jsxs("label", { className: "field", htmlFor: `${id}-${key}`, children: [_jsx("span", { children: t(`filter.${key}`) }), _jsx("input", { id: `${id}-${key}`, value: value[key] ?? '', onChange: (e) => set(key, e.target.value), list: list ? `${id}-${key}-list` : undefined, autoComplete: "off" }), list && _jsx("datalist", { id: `${id}-${key}-list`, children: list.map((v) => _jsx("option", { value: v }, v)) })] }));
    return (_jsxs("div", { className: "filter-fields", children: [withSearch && text('q'), select('status', [...STATUSES.map((s) => ({ value: s, label: t(`status.${s}`) })), { value: 'any', label: t('status.any') }], t('status.default')), select('channel', CHANNELS.map((c) => ({ value: c, label: t(`channel.${c}`, { ns: 'common' }) }))), select('inboxId', (inboxes.data ?? []).map((i) => ({ value: i.id, label: i.name }))), select('teamId', (teams.data ?? []).map((team) => ({ value: team.id, label: team.name }))), select('assignee', [
                { value: 'me', label: t('assignee.me') },
                { value: 'none', label: t('assignee.none') },
                ...(users.data ?? []).filter((u) => u.active !== false).map((u) => ({ value: u.id, label: u.displayName })),
            ]), select('priority', PRIORITIES.map((p) => ({ value: p, label: t(`priority.${p}`) }))), text('tag', (tags.data ?? []).map((tag) => tag.name)), text('tier'), text('language'), withSort && _jsxs("label", { className: "field", htmlFor: `${id}-sort`, children: [_jsx("span", { children: t('sort.label') }), _jsx("select", { id: `${id}-sort`, value: value.sort ?? 'activity', onChange: (e) => set('sort', e.target.value), children: SORTS.map((s) => _jsx("option", { value: s, children: t(`sort.${s}`) }, s)) })] })] }));
}
