import { jsx as _jsx, jsxs as _jsxs } from "react/jsx-runtime";
import * as RadixDialog from '@radix-ui/react-dialog';
import { useTranslation } from 'react-i18next';
/** An accessible modal dialog (focus trap, Escape, labelled title) on Radix primitives. */
export function Dialog({ open, onOpenChange, title, children, wide }) {
    const { t } = useTranslation();
    return (_jsx(RadixDialog.Root, { open: open, onOpenChange: onOpenChange, children: _jsxs(RadixDialog.Portal, { children: [_jsx(RadixDialog.Overlay, { className: "dialog-overlay" }), _jsxs(RadixDialog.Content, { className: wide ? 'dialog wide' : 'dialog', "aria-describedby": undefined, children: [_jsxs("div", { className: "dialog-header", children: [_jsx(RadixDialog.Title, { children: title }), _jsx(RadixDialog.Close, { className: "icon-button", "aria-label": t('close'), children: "\u00D7" })] }), children] })] }) }));
}
