import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { includes } from '../auth/api';
import { useSession } from '../auth/session';
import { teamPresence } from '../presence/presence';
import { errorMessage, QueryView } from '../../ui/states';
import {
  AGENT_SELECTIONS, type AgentSelection, type Capacity, createQueue, deleteQueue, updateQueue, formatSkills, parseSkills,
  type Profile, profiles, queues, saveProfile,
} from './api';
import { ExpansionForm, expansionSummary } from './ExpansionForm';
import { Rules } from './Rules';
import './routing.css';

/** Supervisors: queues, routing rules (with a test), and agents' skills and capacity (live state: SupervisorPage). */
export function RoutingPage() {
  const { t } = useTranslation('routing');
  const { me } = useSession();
  if (!includes(me.role, 'SUPERVISOR')) return <p>{t('page.forbidden')}</p>;
  const admin = includes(me.role, 'ADMIN');
  return (
    <div className="routing-page">
      <h1>{t('page.title')}</h1>
      <Queues admin={admin} />
      <Rules admin={admin} />
      <Profiles admin={admin} />
    </div>
  );
}

function Queues({ admin }: { admin: boolean }) {
  const { t } = useTranslation('routing');
  const queryClient = useQueryClient();
  const list = useQuery({ queryKey: ['routing', 'queues'], queryFn: queues });
  const [name, setName] = useState('');
  const [skill, setSkill] = useState('');
  const [proficiency, setProficiency] = useState(1);
  const [timeout, setTimeout] = useState('');
  const [sticky, setSticky] = useState('');
  const [selection, setSelection] = useState<AgentSelection>('LONGEST_IDLE');
  const [editingExpansion, setEditingExpansion] = useState<string | null>(null);
  const refresh = () => void queryClient.invalidateQueries({ queryKey: ['routing'] });
  const create = useMutation({
    mutationFn: () => createQueue({
      name, teamId: null, inboxId: null, requiredSkill: skill.trim() || null, minProficiency: proficiency,
      offerTimeoutSeconds: timeout ? Number(timeout) : null, isDefault: false, push: true,
      stickyWindowSeconds: sticky ? Number(sticky) : 0, agentSelection: selection,
      expansion: { afterSeconds: null, minProficiency: null, overflowAfterSeconds: null, overflowQueueId: null },
    }),
    onSuccess: () => {
      setName('');
      setSkill('');
      refresh();
    },
  });
  const remove = useMutation({ mutationFn: deleteQueue, onSuccess: refresh });
  const toggle = useMutation({ mutationFn: updateQueue, onSuccess: refresh });
  const submit = (e: FormEvent) => {
    e.preventDefault();
    create.mutate();
  };
  const editing = list.data?.find((q) => q.id === editingExpansion);
  return (
    <section aria-labelledby="queues">
      <h2 id="queues">{t('queues.title')}</h2>
      <QueryView query={list}>
        {(items) => (
          <table>
            <thead>
              <tr><th>{t('queues.name')}</th><th>{t('queues.skill')}</th><th>{t('queues.timeout')}</th><th>{t('queues.sticky')}</th><th>{t('queues.selection')}</th><th>{t('queues.distribution')}</th><th>{t('expansion.title')}</th><th /></tr>
            </thead>
            <tbody>
              {items.map((q) => (
                <tr key={q.id}>
                  <td>{q.name}{q.isDefault && <span className="muted"> · {t('queues.default')}</span>}</td>
                  <td>{q.requiredSkill ? `${q.requiredSkill} ≥ ${q.minProficiency}` : '–'}</td>
                  <td>{q.offerTimeoutSeconds ? t('queues.seconds', { count: q.offerTimeoutSeconds }) : t('queues.channelDefault')}</td>
                  <td>{q.stickyWindowSeconds > 0 ? t('queues.seconds', { count: q.stickyWindowSeconds }) : t('queues.stickyOff')}</td>
                  <td>{t(`queues.selection.${q.agentSelection}`)}</td>
                  <td>
                    {q.push ? t('queues.push') : t('queues.pull')}
                    {admin && (
                      <button type="button" className="secondary small-button" aria-label={t(q.push ? 'queues.makePullOf' : 'queues.makePushOf', { name: q.name })}
                              onClick={() => toggle.mutate({ ...q, push: !q.push })}>
                        {q.push ? t('queues.makePull') : t('queues.makePush')}
                      </button>
                    )}
                  </td>
                  <td>
                    {expansionSummary(q.expansion, (id) => items.find((other) => other.id === id)?.name ?? id, t)}
                    {admin && (
                      <button type="button" className="secondary small-button" aria-label={t('expansion.editOf', { name: q.name })}
                              onClick={() => setEditingExpansion(q.id)}>{t('expansion.edit')}</button>
                    )}
                  </td>
                  <td>
                    {admin && !q.isDefault && (
                      <button type="button" className="secondary small-button" onClick={() => remove.mutate(q.id)}>
                        {t('delete')}
                      </button>
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </QueryView>
      {admin && editing && (
        <ExpansionForm key={editing.id} queue={editing} queues={list.data ?? []} onDone={() => setEditingExpansion(null)} />
      )}
      {(remove.error ?? toggle.error) && <p className="error" role="alert">{errorMessage(remove.error ?? toggle.error, t)}</p>}
      {admin && (
        <form onSubmit={submit} aria-label={t('queues.add')}>
          <label>{t('queues.name')}<input required maxLength={200} value={name} onChange={(e) => setName(e.target.value)} /></label>
          <label>{t('queues.skill')}<input maxLength={100} value={skill} onChange={(e) => setSkill(e.target.value)} /></label>
          <label>{t('queues.proficiency')}
            <input type="number" min={1} max={5} value={proficiency} onChange={(e) => setProficiency(Number(e.target.value))} />
          </label>
          <label>{t('queues.timeout')}
            <input type="number" min={5} max={600} value={timeout} onChange={(e) => setTimeout(e.target.value)} />
          </label>
          <label>{t('queues.selection')}
            <select value={selection} onChange={(e) => setSelection(e.target.value as AgentSelection)}>
              {AGENT_SELECTIONS.map((s) => <option key={s} value={s}>{t(`queues.selection.${s}`)}</option>)}
            </select>
          </label>
          <label>{t('queues.sticky')}
            <input type="number" min={0} max={2592000} value={sticky} onChange={(e) => setSticky(e.target.value)} />
          </label>
          <button type="submit" disabled={create.isPending}>{t('queues.add')}</button>
          {create.error && <p className="error" role="alert">{errorMessage(create.error, t)}</p>}
        </form>
      )}
    </section>
  );
}

function Profiles({ admin }: { admin: boolean }) {
  const { t } = useTranslation('routing');
  const list = useQuery({ queryKey: ['routing', 'profiles'], queryFn: profiles });
  const people = useQuery({ queryKey: ['presence', 'board'], queryFn: teamPresence });
  const name = (userId: string) => people.data?.find((p) => p.userId === userId)?.displayName ?? userId;
  return (
    <section aria-labelledby="profiles">
      <h2 id="profiles">{t('profiles.title')}</h2>
      <QueryView query={list}>
        {(items) => (
          <table>
            <thead>
              <tr>
                <th>{t('profiles.agent')}</th><th>{t('profiles.skills')}</th><th>{t('profiles.languages')}</th>
                <th>{t('profiles.chat')}</th><th>{t('profiles.email')}</th><th>{t('profiles.messaging')}</th>
                <th>{t('profiles.voice')}</th><th>{t('profiles.total')}</th><th>{t('profiles.autoAccept')}</th>
                <th>{t('profiles.chatDuringCalls')}</th><th />
              </tr>
            </thead>
            <tbody>
              {items.map((p) => <ProfileRow key={p.userId} profile={p} name={name(p.userId)} admin={admin} />)}
            </tbody>
          </table>
        )}
      </QueryView>
    </section>
  );
}

function ProfileRow({ profile, name, admin }: { profile: Profile; name: string; admin: boolean }) {
  const { t } = useTranslation('routing');
  const queryClient = useQueryClient();
  const [skills, setSkills] = useState(formatSkills(profile.skills));
  const [languages, setLanguages] = useState(profile.languages.join(', '));
  const [capacity, setCapacity] = useState<Capacity>(profile.capacity);
  const [autoAccept, setAutoAccept] = useState(profile.autoAccept);
  const [chatDuringCalls, setChatDuringCalls] = useState(profile.chatDuringCalls);
  const save = useMutation({
    mutationFn: () => saveProfile({
      userId: profile.userId, skills: parseSkills(skills),
      languages: languages.split(',').map((s) => s.trim()).filter(Boolean), capacity, autoAccept,
      chatDuringCalls,
    }),
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: ['routing'] }),
  });
  const number = (key: keyof Capacity, min: number, max: number) => (
    <td>
      <input type="number" min={min} max={max} value={capacity[key]} disabled={!admin} aria-label={`${name}: ${t(`profiles.${key}`)}`}
             onChange={(e) => setCapacity({ ...capacity, [key]: Number(e.target.value) })} style={{ width: '4rem', minWidth: 0 }} />
    </td>
  );
  return (
    <tr>
      <td>{name}</td>
      <td><input value={skills} disabled={!admin} placeholder="billing:4, spanish:3" aria-label={`${name}: ${t('profiles.skills')}`}
                 onChange={(e) => setSkills(e.target.value)} /></td>
      <td><input value={languages} disabled={!admin} placeholder="en, zh-hant" aria-label={`${name}: ${t('profiles.languages')}`}
                 onChange={(e) => setLanguages(e.target.value)} style={{ width: '7rem', minWidth: 0 }} /></td>
      {number('chat', 1, 10)}
      {number('email', 0, 50)}
      {number('messaging', 0, 50)}
      {number('voice', 0, 1)}
      {number('total', 1, 100)}
      <td>
        <input type="checkbox" checked={autoAccept} disabled={!admin} aria-label={`${name}: ${t('profiles.autoAccept')}`}
               onChange={(e) => setAutoAccept(e.target.checked)} />
      </td>
      <td>
        <input type="checkbox" checked={chatDuringCalls} disabled={!admin} aria-label={`${name}: ${t('profiles.chatDuringCalls')}`}
               onChange={(e) => setChatDuringCalls(e.target.checked)} />
      </td>
      <td>
        {admin && <button type="button" className="small-button" disabled={save.isPending} onClick={() => save.mutate()}>{t('save')}</button>}
        {save.isSuccess && <span className="muted" role="status"> {t('saved')}</span>}
        {save.error && <span className="error" role="alert"> {errorMessage(save.error, t)}</span>}
      </td>
    </tr>
  );
}
