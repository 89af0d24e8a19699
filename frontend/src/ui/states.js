import { jsx as _jsx, jsxs as _jsxs, Fragment as _Fragment } from "react/jsx-runtime";
import { useTranslation } from 'react-i18next';
import { ProblemError } from '../lib/http';
export function Loading({ label }) {
    const { t } = useTranslation();
    return _jsx("div", { className: "state loading", role: "status", "aria-live": "polite", children: label ?? t('loading') });
}
export function Empty({ children }) {
    return _jsx("div", { className: "state empty", children: children });
}
/** A readable message for a failed request: the API's problem detail, or what went wrong in plain words. */
export function errorMessage(error, t) {
    if (error instanceof ProblemError) {
        if (error.status === 0)
            return t('error.network');
        if (error.status === 403)
            return error.detail ?? t('error.forbidden');
        if (error.status === 404)
            return t('error.notFound');
        return error.detail ?? error.title;
    }
    return t('error.unexpected');
}
export function ErrorMessage({ error, onRetry }) {
    const { t } = useTranslation();
    return (_jsxs("div", { className: "state error", role: "alert", children: [_jsx("span", { children: errorMessage(error, t) }), onRetry && _jsx("button", { type: "button", className: "secondary", onClick: onRetry, children: t('retry') })] }));
}
/**
 * The loading, error (with retry) and empty states of a query, then its data: one place for the pattern
 * every list screen needs. {@code empty} is shown when the data is an empty list.
 */
export function QueryView({ query, empty, children }) {
    if (query.isPending)
        return _jsx(Loading, {});
    if (query.isError)
        return _jsx(ErrorMessage, { error: query.error, onRetry: () => void query.refetch() });
    if (empty !== undefined && Array.isArray(query.data) && query.data.length === 0)
        return _jsx(Empty, { children: empty });
    return _jsx(_Fragment, { children: children(query.data) });
}
