import { jsx as _jsx, jsxs as _jsxs } from "react/jsx-runtime";
import { useTranslation } from 'react-i18next';
import { formatDateTime, formatNumber } from '../../lib/format';
/** A custom attribute's value as text: dates and numbers in the user's locale, anything else as plain text. */
export function attributeText(definition, value) {
    if (value === null || value === undefined || value === '')
        return '';
    if (definition?.type === 'NUMBER' && typeof value === 'number')
        return formatNumber(value);
    if (definition?.type === 'DATE' && typeof value === 'string' && !Number.isNaN(Date.parse(value))) {
        return formatDateTime(value, { dateStyle: 'medium' });
    }
    return typeof value === 'object' ? JSON.stringify(value) : String(value);
}
/** The input for one attribute, by its type; answers JSON values (numbers as numbers, empty as null). */
export function AttributeInput({ definition, value, onChange, id }) {
    const { t } = useTranslation('conversation');
    const text = value === null || value === undefined ? '' : String(value);
    switch (definition.type) {
        case 'NUMBER':
            return _jsx("input", { id: id, type: "number", step: "any", value: text, onChange: (e) => onChange(e.target.value === '' ? null : Number(e.target.value)) });
        case 'DATE':
            return _jsx("input", { id: id, type: "date", value: text.slice(0, 10), onChange: (e) => onChange(e.target.value || null) });
        case 'LIST':
            return (_jsxs("select", { id: id, value: text, onChange: (e) => onChange(e.target.value || null), children: [_jsx("option", { value: "", children: t('attributes.none') }), definition.options.map((o) => _jsx("option", { value: o, children: o }, o))] }));
        default:
            return _jsx("input", { id: id, type: "text", value: text, maxLength: 1000, onChange: (e) => onChange(e.target.value || null) });
    }
}
