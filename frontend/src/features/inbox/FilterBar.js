import { jsx as _jsx, jsxs as _jsxs } from "react/jsx-runtime";
import * as Popover from '@radix-ui/react-popover';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { activeFilterCount, FILTER_KEYS, SORTS } from './filters';
import { FilterFields } from './FilterFields';
import { useInboxes, useTeams, useUsers } from './hooks';
/** How a filter's value reads in a chip: names instead of ids, translated enums. */
export function useFilterLabel() {
    const { t } = useTranslation('inbox');
    const users = useUsers();
    const teams = useTeams();
    const inboxes = useInboxes();
    return (key, value) => {
        switch (key) {
            case 'status': return t(value === 'any' ? 'status.any' : `status.${value}`, { defaultValue: value });
            case 'channel': return t(`channel.${value}`, { ns: 'common', defaultValue: value });
            case 'priority': return t(`priority.${value}`, { defaultValue: value });
            case 'inboxId': return inboxes.data?.find((i) => i.id === value)?.name ?? value;
            case 'teamId': return teams.data?.find((team) => team.id === value)?.name ?? value;
            case 'assignee':
                if (value === 'me')
                    return t('assignee.me');
                if (value === 'none')
                    return t('assignee.none');
                return users.data?.find((u) => u.id === value)?.displayName ?? value;
            default: return value;
        }
    };
}
/** Active filters as removable chips. */
export function FilterChips({ filters, onRemove }) {
    const { t } = useTranslation('inbox');
    const label = useFilterLabel();
    const keys = FILTER_KEYS.filter((key) => key !== 'q' && filters[key]);
    if (keys.length === 0)
        return null;
    return (_jsx("ul", { className: "chips", "aria-label": t('filter.active'), children: keys.map((key) => {
            const text = `${t(`filter.${key}`)}: ${label(key, filters[key])}`;
            return (_jsxs("li", { className: "chip", children: [_jsx("span", { children: text }), onRemove && (_jsx("button", { type: "button", className: "chip-remove", "aria-label": t('filter.remove', { filter: text }), onClick: () => onRemove(key), children: "\u00D7" }))] }, key));
        }) }));
}
/** Search, sort, a popover with every filter, the active filters as chips, and "save as view". */
export function FilterBar({ filters, setFilters, onSaveView, searchRef, defaultSort = 'activity' }) {
    const { t } = useTranslation('inbox');
    const [text, setText] = useState(filters.q ?? '');
    const [open, setOpen] = useState(false);
    const [draft, setDraft] = useState(filters);
    // The URL may change from elsewhere (back button, a view switch): follow it.
    useEffect(() => setText(filters.q ?? ''), [filters.q]);
    // Typing searches after a short pause, not on every key.
    useEffect(() => {
        if ((filters.q ?? '') === text.trim())
            return;
        const timer = setTimeout(() => setFilters({ ...filters, q: text.trim() || undefined }), 300);
        return () => clearTimeout(timer);
    }, [text, filters, setFilters]);
    const count = activeFilterCount(filters, FILTER_KEYS.filter((key) => key !== 'q'));
    const anything = count > 0 || !!filters.q || !!filters.sort;
    return (_jsxs("div", { className: "filter-bar", children: [_jsxs("div", { className: "filter-row", children: [_jsx("input", { ref: searchRef, type: "search", className: "filter-search", value: text, onChange: (e) => setText(e.target.value), "aria-label": t('filter.search'), placeholder: t('filter.searchPlaceholder'), onKeyDown: (e) => {
                            if (e.key === 'Escape')
                                e.target.blur();
                        } }), _jsxs(Popover.Root, { open: open, onOpenChange: (next) => {
                            if (next)
                                setDraft(filters);
                            setOpen(next);
                        }, children: [_jsx(Popover.Trigger, { asChild: true, children: _jsxs("button", { type: "button", className: "secondary filter-button", "aria-label": t('filter.open', { count }), children: [t('filter.button'), count > 0 && _jsx("span", { className: "badge", children: count })] }) }), _jsx(Popover.Portal, { children: _jsx(Popover.Content, { className: "popover filter-popover", align: "start", sideOffset: 6, "aria-label": t('filter.title'), children: _jsxs("form", { onSubmit: (e) => {
                                            e.preventDefault();
                                            setFilters({ ...draft, q: filters.q });
                                            setOpen(false);
                                        }, children: [_jsx(FilterFields, { value: draft, onChange: setDraft }), _jsxs("div", { className: "form-actions", children: [_jsx("button", { type: "button", className: "secondary", onClick: () => setDraft({ q: filters.q, sort: draft.sort }), children: t('filter.reset') }), _jsx("button", { type: "submit", children: t('filter.apply') })] })] }) }) })] })] }), _jsxs("div", { className: "filter-row", children: [_jsxs("label", { className: "sort", children: [_jsx("span", { className: "visually-hidden", children: t('sort.label') }), _jsx("select", { value: filters.sort ?? defaultSort, "aria-label": t('sort.label'), onChange: (e) => setFilters({ ...filters, sort: e.target.value === defaultSort ? undefined : e.target.value }), children: SORTS.map((s) => _jsx("option", { value: s, children: t(`sort.${s}`) }, s)) })] }), _jsx("span", { className: "spacer" }), anything && (_jsx("button", { type: "button", className: "link", onClick: () => setFilters({}), children: t('filter.clear') })), _jsx("button", { type: "button", className: "secondary small-button", onClick: onSaveView, children: t('views.saveCurrent') })] }), _jsx(FilterChips, { filters: filters, onRemove: (key) => setFilters({ ...filters, [key]: undefined }) })] }));
}
