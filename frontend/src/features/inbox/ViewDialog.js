import { jsx as _jsx, jsxs as _jsxs } from "react/jsx-runtime";
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { Dialog } from '../../ui/Dialog';
import { errorMessage } from '../../ui/states';
import { includes } from '../auth/api';
import { useSession } from '../auth/session';
import { inboxApi } from './api';
import { toViewFilters, viewFilters } from './filters';
import { FilterFields } from './FilterFields';
import { inboxKeys } from './live';
/** Creates a saved view from the current filters, or edits (and deletes) one. */
export function ViewDialog(props) {
    const { t } = useTranslation('inbox');
    const tc = (key) => t(key, { ns: 'common' });
    const { me } = useSession();
    const client = useQueryClient();
    const navigate = useNavigate();
    const editing = props.mode === 'edit' ? props.view : null;
    const [name, setName] = useState(editing?.name ?? '');
    const [shared, setShared] = useState(editing?.shared ?? false);
    const [filters, setFilters] = useState(editing ? viewFilters(editing.filters, editing.sort) : props.mode === 'create' ? props.initial : {});
    const [confirmDelete, setConfirmDelete] = useState(false);
    const refresh = () => {
        void client.invalidateQueries({ queryKey: inboxKeys.views });
        void client.invalidateQueries({ queryKey: inboxKeys.counts });
    };
    const save = useMutation({
        mutationFn: () => {
            const body = { name: name.trim(), shared, filters: toViewFilters(filters), sort: filters.sort ?? 'activity' };
            return editing ? inboxApi.updateView(editing.id, body) : inboxApi.createView(body);
        },
        onSuccess: (view) => {
            refresh();
            void client.invalidateQueries({ queryKey: ['inbox', 'list', view.id] });
            props.onClose();
            if (!editing)
                navigate(`/inbox/${view.id}`);
        },
    });
    const remove = useMutation({
        mutationFn: () => inboxApi.deleteView(editing.id),
        onSuccess: () => {
            refresh();
            props.onClose();
            if (props.mode === 'edit' && props.current === editing.id)
                navigate('/inbox');
        },
    });
    const submit = (e) => {
        e.preventDefault();
        if (name.trim())
            save.mutate();
    };
    const error = save.error ?? remove.error;
    return (_jsx(Dialog, { open: true, onOpenChange: (open) => !open && props.onClose(), wide: true, title: editing ? t('views.editTitle') : t('views.createTitle'), children: _jsxs("form", { className: "view-form", onSubmit: submit, children: [_jsxs("label", { className: "field", children: [_jsx("span", { children: t('views.name') }), _jsx("input", { value: name, onChange: (e) => setName(e.target.value), required: true, maxLength: 100, autoFocus: true, name: "viewName" })] }), includes(me.role, 'SUPERVISOR') && (_jsxs("label", { className: "check", children: [_jsx("input", { type: "checkbox", checked: shared, onChange: (e) => setShared(e.target.checked) }), t('views.shareWithTeam')] })), _jsx(FilterFields, { value: filters, onChange: setFilters, withSearch: true, withSort: true }), error && _jsx("p", { className: "error", role: "alert", children: errorMessage(error, tc) }), _jsxs("div", { className: "form-actions", children: [editing && (confirmDelete
                            ? _jsx("button", { type: "button", className: "danger", onClick: () => remove.mutate(), disabled: remove.isPending, children: t('views.confirmDelete') })
                            : _jsx("button", { type: "button", className: "secondary", onClick: () => setConfirmDelete(true), children: tc('delete') })), _jsx("span", { className: "spacer" }), _jsx("button", { type: "button", className: "secondary", onClick: props.onClose, children: tc('cancel') }), _jsx("button", { type: "submit", disabled: !name.trim() || save.isPending, children: tc('save') })] })] }) }));
}
