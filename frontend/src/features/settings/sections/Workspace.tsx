import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { ErrorMessage, Loading } from '../../../ui/states';
import { settingsApi, type Workspace } from '../api';
import { Field, FormError, mergeErrors, timeZones, useSettingsText } from '../components';
import { type Errors, serverFieldErrors } from '../forms';

/** Language tags typed comma-separated ("en, ko, zh-TW"): trimmed, without blanks and duplicates. */
export function parseLanguages(text: string): string[] {
  return [...new Set(text.split(/[\s,]+/).map((l) => l.trim()).filter(Boolean))];
}
const LANGUAGE_TAG = /^[a-zA-Z]{2,3}(-[a-zA-Z0-9]{2,8})*$/;

/** The workspace profile: name, timezone, the languages it serves customers in. */
export function WorkspaceSection() {
  const { t } = useSettingsText();
  const workspace = useQuery({ queryKey: ['workspace'], queryFn: settingsApi.workspace });
  return (
    <section className="narrow">
      <div className="page-header"><h2>{t('section.workspace')}</h2></div>
      {workspace.isPending ? <Loading /> : workspace.isError
        ? <ErrorMessage error={workspace.error} onRetry={() => workspace.refetch()} />
        : <WorkspaceForm workspace={workspace.data} />}
    </section>
  );
}

function WorkspaceForm({ workspace }: { workspace: Workspace }) {
  const { t, fieldError } = useSettingsText();
  const queryClient = useQueryClient();
  const [name, setName] = useState(workspace.name);
  const [timezone, setTimezone] = useState(workspace.timezone);
  const [languages, setLanguages] = useState(workspace.languages.join(', '));
  const [defaultLanguage, setDefaultLanguage] = useState(workspace.defaultLanguage);
  const [localErrors, setLocalErrors] = useState<Errors>({});
  const list = parseLanguages(languages);
  const save = useMutation({
    mutationFn: () => settingsApi.updateWorkspace({ name: name.trim(), timezone, languages: list, defaultLanguage }),
    onSuccess: (saved) => {
      queryClient.setQueryData(['workspace'], saved);
      void queryClient.invalidateQueries({ queryKey: ['me'] });
    },
  });
  const submit = (e: FormEvent) => {
    e.preventDefault();
    const errors: Errors = {};
    if (!name.trim()) errors.name = 'validation.required';
    if (list.length === 0) errors.languages = 'validation.required';
    else if (list.some((l) => !LANGUAGE_TAG.test(l))) errors.languages = 'validation.languages';
    else if (!list.includes(defaultLanguage)) errors.defaultLanguage = 'validation.defaultLanguage';
    setLocalErrors(errors);
    if (!Object.keys(errors).length) save.mutate();
  };
  const errors = mergeErrors(localErrors, serverFieldErrors(save.error));
  const zones = timeZones();
  return (
    <form className="section form-grid" onSubmit={submit} noValidate>
      <Field label={t('workspace.name')} error={fieldError(errors.name)}>
        {(p) => <input {...p} value={name} maxLength={200} onChange={(e) => setName(e.target.value)} />}
      </Field>
      <Field label={t('workspace.timezone')} error={fieldError(errors.timezone)}>
        {(p) => (
          <select {...p} value={timezone} onChange={(e) => setTimezone(e.target.value)}>
            {(zones.includes(timezone) ? zones : [timezone, ...zones]).map((z) => <option key={z} value={z}>{z}</option>)}
          </select>
        )}
      </Field>
      <Field label={t('workspace.languages')} hint={t('workspace.languagesHint')} error={fieldError(errors.languages)}>
        {(p) => <input {...p} value={languages} onChange={(e) => setLanguages(e.target.value)} />}
      </Field>
      <Field label={t('workspace.defaultLanguage')} error={fieldError(errors.defaultLanguage)}>
        {(p) => (
          <select {...p} value={defaultLanguage} onChange={(e) => setDefaultLanguage(e.target.value)}>
            {(list.includes(defaultLanguage) ? list : [defaultLanguage, ...list]).map((l) => <option key={l} value={l}>{l}</option>)}
          </select>
        )}
      </Field>
      <FormError error={save.error} />
      {save.isSuccess && <p role="status" className="form-success">{t('saved')}</p>}
      <div className="form-actions">
        <button type="submit" disabled={save.isPending}>{t('save', { ns: 'common' })}</button>
      </div>
    </form>
  );
}
