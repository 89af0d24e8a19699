import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { formatNumber } from '../../../lib/format';
import { currentLocale } from '../../../lib/i18n';
import { Empty, ErrorMessage, Loading } from '../../../ui/states';
import { settingsApi, type Tag } from '../api';
import { ConfirmDialog, Field, FormError, useSettingsText } from '../components';
import { serverFieldErrors } from '../forms';

/** Tags: define with a colour, see how many open conversations use each, delete a definition. */
export function TagsSection() {
  const { t, fieldError } = useSettingsText();
  const queryClient = useQueryClient();
  const tags = useQuery({ queryKey: ['tags'], queryFn: settingsApi.tags });
  const [name, setName] = useState('');
  const [color, setColor] = useState('#2457d6');
  const [nameError, setNameError] = useState<string>();
  const [deleting, setDeleting] = useState<Tag | null>(null);
  const create = useMutation({
    mutationFn: () => settingsApi.createTag(name.trim(), color),
    onSuccess: () => { setName(''); void queryClient.invalidateQueries({ queryKey: ['tags'] }); },
  });
  const remove = useMutation({
    mutationFn: (tag: Tag) => settingsApi.deleteTag(tag.name),
    onSuccess: () => { setDeleting(null); void queryClient.invalidateQueries({ queryKey: ['tags'] }); },
  });
  const submit = (e: FormEvent) => {
    e.preventDefault();
    setNameError(name.trim() ? undefined : 'validation.required');
    if (name.trim()) create.mutate();
  };
  const sorted = [...(tags.data ?? [])].sort((a, b) => a.name.localeCompare(b.name, currentLocale()));
  return (
    <section>
      <div className="page-header"><h2>{t('section.tags')}</h2></div>
      <form className="inline-create" onSubmit={submit} noValidate>
        <Field label={t('tags.name')} error={fieldError(nameError ?? serverFieldErrors(create.error).name)}>
          {(p) => <input {...p} value={name} maxLength={100} onChange={(e) => setName(e.target.value)} />}
        </Field>
        <Field label={t('tags.color')} error={fieldError(serverFieldErrors(create.error).color)}>
          {(p) => <input {...p} type="color" value={color} onChange={(e) => setColor(e.target.value)} />}
        </Field>
        <button type="submit" disabled={create.isPending}>{t('tags.create')}</button>
      </form>
      <FormError error={create.error} />
      {tags.isPending ? <Loading /> : tags.isError ? <ErrorMessage error={tags.error} onRetry={() => tags.refetch()} />
        : sorted.length === 0 ? <Empty>{t('tags.empty')}</Empty> : (
          <table className="data-table" data-testid="tags-table">
            <thead>
              <tr>
                <th scope="col">{t('tags.name')}</th>
                <th scope="col">{t('tags.usage')}</th>
                <th scope="col"><span className="visually-hidden">{t('actions')}</span></th>
              </tr>
            </thead>
            <tbody>
              {sorted.map((tag) => (
                <tr key={tag.name}>
                  <td className="wrap">
                    <span className="swatch" style={{ background: tag.color ?? 'transparent' }} aria-hidden="true" />
                    {tag.name}
                    {!tag.color && <span className="hint"> · {t('tags.undefined')}</span>}
                  </td>
                  <td className="numeric">{t('tags.conversations', { count: tag.conversations, formatted: formatNumber(tag.conversations) })}</td>
                  <td className="actions">
                    {tag.color ? (
                      <button type="button" className="secondary small" onClick={() => { remove.reset(); setDeleting(tag); }}
                              aria-label={t('tags.deleteOne', { name: tag.name })}>{t('delete', { ns: 'common' })}</button>
                    ) : (
                      <button type="button" className="secondary small" onClick={() => { create.reset(); setName(tag.name); }}
                              aria-label={t('tags.defineOne', { name: tag.name })}>{t('tags.define')}</button>
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      <ConfirmDialog open={!!deleting} title={t('tags.deleteTitle')}
                     message={t('tags.deleteConfirm', { name: deleting?.name ?? '' })}
                     confirmLabel={t('delete', { ns: 'common' })} pending={remove.isPending} error={remove.error}
                     onCancel={() => setDeleting(null)} onConfirm={() => deleting && remove.mutate(deleting)} />
    </section>
  );
}
