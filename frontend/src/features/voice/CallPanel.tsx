import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../../lib/format';
import { useLiveEvents } from '../../lib/live';
import { useNow } from '../../lib/useNow';
import { errorMessage, ErrorMessage, Loading } from '../../ui/states';
import { useSession } from '../auth/session';
import { transferTargets } from '../routing/api';
import { type Call, duration, isLive, voiceApi } from './api';
import './voice.css';

/**
 * The call panel of a voice conversation: the call going on (state, live wait/talk/hold clock, hold, resume, mute,
 * cold or warm transfer, hang up), the after-call note, earlier calls with their times and outcome, and where the agent's
 * calls ring. The server's record is refreshed on the conversation's live events and every few seconds while a
 * call is live, since the stream is best effort.
 */
export function CallPanel({ conversationId }: { conversationId: string }) {
  const { t } = useTranslation('voice');
  const queryClient = useQueryClient();
  const calls = useQuery({
    queryKey: ['calls', conversationId],
    queryFn: () => voiceApi.calls(conversationId),
    refetchInterval: (query) => (query.state.data?.some((c) => c.state !== 'ENDED') ? 5000 : false),
  });
  useLiveEvents(({ data }) => {
    if (data.conversationId === conversationId) void queryClient.invalidateQueries({ queryKey: ['calls', conversationId] });
  });
  const current = calls.data?.[0];
  return (
    <section className="panel-section call-panel" aria-labelledby={`calls-${conversationId}`} data-testid="call-panel">
      <h3 id={`calls-${conversationId}`}>{t('panel.title')}</h3>
      {calls.isPending ? <Loading />
        : calls.isError ? <ErrorMessage error={calls.error} onRetry={() => void calls.refetch()} />
        : !current ? <p className="muted">{t('panel.none')}</p>
        : (
          <>
            <CurrentCall call={current} />
            {calls.data.length > 1 && (
              <details className="earlier-calls">
                <summary>{t('panel.earlier', { count: calls.data.length - 1 })}</summary>
                <ul>
                  {calls.data.slice(1).map((call) => (
                    <li key={call.id}>
                      <span>{formatDateTime(call.createdAt)}</span>{' · '}
                      <span>{call.outcome ? t(`outcome.${call.outcome}`) : t(`state.${call.state}`)}</span>
                      {call.talkSeconds != null && <span className="muted"> · {t('times.talk')} {duration(call.talkSeconds)}</span>}
                    </li>
                  ))}
                </ul>
              </details>
            )}
          </>
        )}
      <RingsOn />
    </section>
  );
}

function CurrentCall({ call }: { call: Call }) {
  const { t } = useTranslation('voice');
  const queryClient = useQueryClient();
  const now = useNow(1000);
  const [transferring, setTransferring] = useState(false);
  const refresh = (updated: Call) => {
    queryClient.setQueryData<Call[]>(['calls', updated.conversationId], (list) => list?.map((c) => (c.id === updated.id ? updated : c)));
    void queryClient.invalidateQueries({ queryKey: ['conversation', updated.conversationId] });
  };
  const action = useMutation({
    mutationFn: (which: 'hold' | 'resume' | 'hangUp' | 'mute' | 'unmute' | 'cancelConsult') => voiceApi[which](call.id),
    onSuccess: refresh,
  });
  const since = (iso: string | null) => (iso ? Math.max(0, Math.floor((now - Date.parse(iso)) / 1000)) : null);
  // The server's talk time is as of the last refresh; a live call's clock runs on here.
  const talk = call.state === 'CONNECTED' && call.answeredAt ? (since(call.answeredAt) ?? 0) - call.holdSeconds : call.talkSeconds;
  const wait = call.state === 'QUEUED' ? since(call.enqueuedAt) : call.waitSeconds;
  return (
    <div className="current-call">
      <div className="call-line">
        <span className={`call-state ${call.state}`} data-testid="call-state">{t(`state.${call.state}`)}</span>
        {call.outcome && <span className={`call-outcome ${call.outcome}`}>{t(`outcome.${call.outcome}`)}</span>}
        <span className="muted call-direction">{t(`direction.${call.direction}`, { from: call.from, to: call.to })}</span>
      </div>
      <dl className="facts call-times">
        <dt>{t('times.wait')}</dt><dd>{duration(wait)}</dd>
        <dt>{t('times.ring')}</dt><dd>{duration(call.ringSeconds)}</dd>
        <dt>{t('times.talk')}</dt><dd data-testid="talk-time">{duration(talk)}</dd>
        <dt>{t('times.hold')}</dt><dd>{duration(call.holdSeconds)}</dd>
        {call.wrapUpSeconds != null && <><dt>{t('times.wrapUp')}</dt><dd>{duration(call.wrapUpSeconds)}</dd></>}
      </dl>
      {call.callbackRequested && <p className="call-flag">{t('panel.callback', { number: call.from })}</p>}
      {call.voicemail && <p className="call-flag">{t('panel.voicemail')}</p>}
      {isLive(call) && (
        <div className="call-controls" role="group" aria-label={t('controls.label')}>
          {call.state === 'ON_HOLD'
            ? <button type="button" onClick={() => action.mutate('resume')}
                      disabled={action.isPending || call.consultAgentId != null}>{t('controls.resume')}</button>
            : <button type="button" className="secondary" onClick={() => action.mutate('hold')}
                      disabled={action.isPending || call.state !== 'CONNECTED'}>{t('controls.hold')}</button>}
          {call.inConference && (
            <button type="button" className="secondary" aria-pressed={call.muted} disabled={action.isPending || call.state === 'RINGING'}
                    onClick={() => action.mutate(call.muted ? 'unmute' : 'mute')}>
              {call.muted ? t('controls.unmute') : t('controls.mute')}
            </button>
          )}
          <button type="button" className="secondary" onClick={() => setTransferring(!transferring)}
                  aria-expanded={transferring} disabled={call.state === 'RINGING' || call.consultAgentId != null}>
            {t('controls.transfer')}
          </button>
          <button type="button" className="danger" onClick={() => action.mutate('hangUp')} disabled={action.isPending}>
            {t('controls.hangUp')}
          </button>
        </div>
      )}
      {call.muted && isLive(call) && <p className="call-flag" role="status">{t('panel.muted')}</p>}
      {call.consultAgentId != null && isLive(call) && (
        <Consultation call={call} onDone={refresh} onCancel={() => action.mutate('cancelConsult')} cancelling={action.isPending} />
      )}
      {action.isError && <p className="error" role="alert">{errorMessage(action.error, (k) => t(k, { ns: 'common' }))}</p>}
      {transferring && isLive(call) && call.consultAgentId == null && <TransferForm call={call} onDone={(updated) => { refresh(updated); setTransferring(false); }} />}
      <AfterCallNote call={call} onSaved={refresh} />
    </div>
  );
}

/** A warm transfer in progress: the caller is on hold while the agent talks to the colleague, then hands over or not. */
function Consultation({ call, onDone, onCancel, cancelling }: {
  call: Call; onDone: (call: Call) => void; onCancel: () => void; cancelling: boolean;
}) {
  const { t } = useTranslation('voice');
  const targets = useQuery({ queryKey: ['routing', 'transferTargets'], queryFn: transferTargets });
  const complete = useMutation({ mutationFn: () => voiceApi.completeConsult(call.id), onSuccess: onDone });
  const name = targets.data?.agents.find((a) => a.userId === call.consultAgentId)?.displayName ?? '…';
  return (
    <div className="call-consult" role="group" aria-label={t('consult.label')}>
      <p data-testid="consult-state">
        {call.consultAnswered ? t('consult.talking', { name }) : t('consult.ringing', { name })}
      </p>
      <div className="buttons">
        <button type="button" onClick={() => complete.mutate()} disabled={!call.consultAnswered || complete.isPending}>
          {t('consult.complete')}
        </button>
        <button type="button" className="secondary" onClick={onCancel} disabled={cancelling || complete.isPending}>
          {t('consult.cancel')}
        </button>
      </div>
      {complete.isError && <p className="error" role="alert">{errorMessage(complete.error, (k) => t(k, { ns: 'common' }))}</p>}
    </div>
  );
}

/**
 * Cold transfer: to a queue or an available colleague; the caller waits with hold music until someone takes it. Warm
 * transfer (a call in a conference, to a colleague): the colleague is dialled in first while the caller is on hold.
 * An outgoing call never queued, so it is handed over by warm transfer only.
 */
function TransferForm({ call, onDone }: { call: Call; onDone: (call: Call) => void }) {
  const { t } = useTranslation('voice');
  const targets = useQuery({ queryKey: ['routing', 'transferTargets'], queryFn: transferTargets, staleTime: 0 });
  const [target, setTarget] = useState('');
  const [note, setNote] = useState('');
  const transfer = useMutation({
    mutationFn: () => {
      const [kind, id] = target.split(':');
      return voiceApi.transfer(call.id, { [kind === 'agent' ? 'agentId' : 'queueId']: id, note: note.trim() || undefined });
    },
    onSuccess: onDone,
  });
  const consult = useMutation({
    mutationFn: () => voiceApi.consult(call.id, target.split(':')[1]),
    onSuccess: onDone,
  });
  const warmOnly = call.direction === 'OUTBOUND';
  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (target && !warmOnly) transfer.mutate();
  };
  return (
    <form className="call-transfer" onSubmit={submit}>
      <label htmlFor={`transfer-${call.id}`}>{t('transfer.to')}</label>
      <select id={`transfer-${call.id}`} value={target} onChange={(e) => setTarget(e.target.value)}>
        <option value="">{warmOnly ? t('transfer.chooseColleague') : t('transfer.choose')}</option>
        {!warmOnly && (
          <optgroup label={t('transfer.queues')}>
            {(targets.data?.queues ?? []).map((q) => <option key={q.id} value={`queue:${q.id}`}>{q.name}</option>)}
          </optgroup>
        )}
        <optgroup label={t('transfer.agents')}>
          {(targets.data?.agents ?? []).map((a) => (
            <option key={a.userId} value={`agent:${a.userId}`} disabled={!a.available}>
              {a.available ? a.displayName : t('transfer.unavailable', { name: a.displayName })}
            </option>
          ))}
        </optgroup>
      </select>
      <label htmlFor={`transfer-note-${call.id}`}>{t('transfer.note')}</label>
      <textarea id={`transfer-note-${call.id}`} rows={2} maxLength={5000} value={note} onChange={(e) => setNote(e.target.value)} />
      <p className="hint">{warmOnly ? t('transfer.warmOnly') : call.inConference ? t('transfer.hint') : t('transfer.coldOnly')}</p>
      {[transfer, consult].map((m, i) => m.isError && (
        <p key={i} className="error" role="alert">{errorMessage(m.error, (k) => t(k, { ns: 'common' }))}</p>
      ))}
      <div className="buttons">
        {!warmOnly && (
          <button type="submit" disabled={!target || transfer.isPending || consult.isPending}>{t('transfer.submit')}</button>
        )}
        {call.inConference && (
          <button type="button" className="secondary" onClick={() => consult.mutate()}
                  disabled={!target.startsWith('agent:') || transfer.isPending || consult.isPending}>
            {t('transfer.consult')}
          </button>
        )}
      </div>
    </form>
  );
}

/**
 * The after-call note; saving the first one after the call ended fixes the wrap-up time. The agent who handed the call
 * over to a colleague writes their own note for their part (their wrap-up runs from the hand-over).
 */
function AfterCallNote({ call, onSaved }: { call: Call; onSaved: (call: Call) => void }) {
  const { t } = useTranslation('voice');
  const { me } = useSession();
  const handedOverByMe = call.handedOverBy === me.userId && call.agentId !== me.userId;
  const [note, setNote] = useState((handedOverByMe ? call.handOverNote : call.note) ?? '');
  const save = useMutation({ mutationFn: () => voiceApi.note(call.id, note.trim()), onSuccess: onSaved });
  if (call.state === 'IVR' || call.state === 'QUEUED') return null;
  return (
    <form className="after-call" onSubmit={(e) => { e.preventDefault(); if (note.trim()) save.mutate(); }}>
      <label htmlFor={`after-call-${call.id}`}>{t(handedOverByMe ? 'note.handedOverLabel' : 'note.label')}</label>
      {handedOverByMe && call.handOverWrapUpSeconds != null && (
        <p className="muted">{t('note.handedOverWrapUp', { time: duration(call.handOverWrapUpSeconds) })}</p>
      )}
      <textarea id={`after-call-${call.id}`} rows={3} maxLength={5000} value={note} placeholder={t('note.placeholder')}
                onChange={(e) => setNote(e.target.value)} />
      {save.isError && <p className="error" role="alert">{errorMessage(save.error, (k) => t(k, { ns: 'common' }))}</p>}
      <div className="buttons">
        <button type="submit" className="secondary small" disabled={!note.trim() || save.isPending}>{t('note.save')}</button>
        {save.isSuccess && <span className="muted" role="status">{t('note.saved')}</span>}
      </div>
    </form>
  );
}

/** Where the agent's calls ring: a phone number, or the provider's client in a softphone. */
function RingsOn() {
  const { t } = useTranslation('voice');
  const queryClient = useQueryClient();
  const endpoint = useQuery({ queryKey: ['voice', 'endpoint'], queryFn: voiceApi.endpoint });
  const [editing, setEditing] = useState(false);
  const [kind, setKind] = useState<'PHONE' | 'CLIENT'>('PHONE');
  const [address, setAddress] = useState('');
  const save = useMutation({
    mutationFn: () => voiceApi.setEndpoint({ kind, address: address.trim() }),
    onSuccess: (saved) => {
      queryClient.setQueryData(['voice', 'endpoint'], saved);
      setEditing(false);
    },
  });
  if (!endpoint.data) return null;
  return (
    <div className="rings-on">
      {!editing ? (
        <p className="muted">
          {t(`endpoint.${endpoint.data.kind}`, { address: endpoint.data.address })}{' '}
          <button type="button" className="link" onClick={() => {
            setKind(endpoint.data.kind);
            setAddress(endpoint.data.kind === 'PHONE' ? endpoint.data.address : '');
            setEditing(true);
          }}>{t('endpoint.change')}</button>
        </p>
      ) : (
        <form onSubmit={(e) => { e.preventDefault(); save.mutate(); }}>
          <label htmlFor="rings-on-kind">{t('endpoint.kind')}</label>
          <select id="rings-on-kind" value={kind} onChange={(e) => setKind(e.target.value as 'PHONE' | 'CLIENT')}>
            <option value="PHONE">{t('endpoint.phone')}</option>
            <option value="CLIENT">{t('endpoint.client')}</option>
          </select>
          <label htmlFor="rings-on-address">{t('endpoint.address')}</label>
          <input id="rings-on-address" value={address} maxLength={200} placeholder={kind === 'PHONE' ? '+15550002222' : ''}
                 onChange={(e) => setAddress(e.target.value)} />
          {save.isError && <p className="error" role="alert">{errorMessage(save.error, (k) => t(k, { ns: 'common' }))}</p>}
          <div className="buttons">
            <button type="submit" className="small" disabled={!address.trim() || save.isPending}>{t('save', { ns: 'common' })}</button>
            <button type="button" className="secondary small" onClick={() => setEditing(false)}>{t('cancel', { ns: 'common' })}</button>
          </div>
        </form>
      )}
    </div>
  );
}
