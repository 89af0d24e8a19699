import { jsx as _jsx, jsxs as _jsxs, Fragment as _Fragment } from "react/jsx-runtime";
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useActiveShortcuts, useShortcut } from '../lib/shortcuts';
import { Dialog } from './Dialog';
/** "?" opens the list of keyboard shortcuts available on the current screen. */
export function ShortcutHelp() {
    const { t } = useTranslation();
    const [open, setOpen] = useState(false);
    const shortcuts = useActiveShortcuts();
    useShortcut('?', 'shortcuts.help', () => setOpen(true));
    return (_jsxs(_Fragment, { children: [_jsx("button", { type: "button", className: "icon-button", "aria-label": t('shortcuts.title'), onClick: () => setOpen(true), children: "\u2328" }), _jsx(Dialog, { open: open, onOpenChange: setOpen, title: t('shortcuts.title'), children: _jsx("table", { className: "shortcuts", children: _jsx("tbody", { children: shortcuts.map((s) => (_jsxs("tr", { children: [_jsx("td", { children: _jsx("kbd", { children: s.keys.replace('mod+', navigator.platform.includes('Mac') ? '⌘ ' : 'Ctrl ') }) }), _jsx("td", { children: t(s.description, { ns: s.description.includes(':') ? undefined : 'common' }) })] }, s.keys))) }) }) })] }));
}
