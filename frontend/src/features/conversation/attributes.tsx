import { useTranslation } from 'react-i18next';
import { formatDateTime, formatNumber } from '../../lib/format';
import type { AttributeDefinition } from './api';

/** A custom attribute's value as text: dates and numbers in the user's locale, anything else as plain text. */
export function attributeText(definition: AttributeDefinition | undefined, value: unknown): string {
  if (value === null || value === undefined || value === '') return '';
  if (definition?.type === 'NUMBER' && typeof value === 'number') return formatNumber(value);
  if (definition?.type === 'DATE' && typeof value === 'string' && !Number.isNaN(Date.parse(value))) {
    return formatDateTime(value, { dateStyle: 'medium' });
  }
  return typeof value === 'object' ? JSON.stringify(value) : String(value);
}

/** The input for one attribute, by its type; answers JSON values (numbers as numbers, empty as null). */
export function AttributeInput({ definition, value, onChange, id }: {
  definition: AttributeDefinition; value: unknown; onChange: (value: unknown) => void; id: string;
}) {
  const { t } = useTranslation('conversation');
  const text = value === null || value === undefined ? '' : String(value);
  switch (definition.type) {
    case 'NUMBER':
      return <input id={id} type="number" step="any" value={text}
                    onChange={(e) => onChange(e.target.value === '' ? null : Number(e.target.value))} />;
    case 'DATE':
      return <input id={id} type="date" value={text.slice(0, 10)} onChange={(e) => onChange(e.target.value || null)} />;
    case 'LIST':
      return (
        <select id={id} value={text} onChange={(e) => onChange(e.target.value || null)}>
          <option value="">{t('attributes.none')}</option>
          {definition.options.map((o) => <option key={o} value={o}>{o}</option>)}
        </select>
      );
    default:
      return <input id={id} type="text" value={text} maxLength={1000} onChange={(e) => onChange(e.target.value || null)} />;
  }
}
