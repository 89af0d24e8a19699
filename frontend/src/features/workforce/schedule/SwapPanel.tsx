import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { clock, problemMessage, schedulesApi, type ShiftSwap, swapPartners, type TeamShift } from './api';

type Step = 'accept' | 'decline' | 'approve';

/**
 * Shift swaps. Agents offer one of their published shifts to a colleague for one of theirs, follow their offers and
 * accept or decline those made to them; supervisors approve or decline swaps both agents agreed to.
 */
export function SwapPanel({ me, supervisor, team, names }: { me: string; supervisor: boolean; team: TeamShift[]; names: Map<string, string> }) {
  const { t, i18n } = useTranslation('schedule');
  const client = useQueryClient();
  const swaps = useQuery({ queryKey: ['shift-swaps'], queryFn: schedulesApi.swaps });
  const dayName = new Intl.DateTimeFormat(i18n.language, { weekday: 'short', day: 'numeric', month: 'short', timeZone: 'UTC' });
  const day = (date: string) => dayName.format(new Date(`${date}T00:00:00Z`));
  const shiftLabel = (shift: TeamShift) => `${day(shift.day)} ${clock(shift.start)}–${clock(shift.end)}`;
  const name = (userId: string) => names.get(userId) ?? t('swap.someone');

  const mine = team.filter((shift) => shift.userId === me);
  const [offeredKey, setOfferedKey] = useState('');
  const [partnerId, setPartnerId] = useState('');
  const [partnerDay, setPartnerDay] = useState('');
  const offered = mine.find((shift) => `${shift.scheduleId}/${shift.day}` === offeredKey);
  const partners = swapPartners(team, me, offered);
  const partner = partners.find((colleague) => colleague.userId === partnerId);

  const refresh = () => {
    for (const key of ['shift-swaps', 'schedule', 'my-schedule', 'team-schedule']) void client.invalidateQueries({ queryKey: [key] });
  };
  const ask = useMutation({
    mutationFn: () => schedulesApi.requestSwap(offered!, partnerId, partnerDay),
    onSuccess: () => {
      setOfferedKey('');
      setPartnerId('');
      setPartnerDay('');
    },
    onSettled: refresh,
  });
  const step = useMutation({ mutationFn: ({ id, to }: { id: string; to: Step }) => schedulesApi.swapStep(id, to), onSettled: refresh });
  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (offered) ask.mutate();
  };
  const problem = problemMessage(ask.error) ?? problemMessage(step.error);
  const all = swaps.data ?? [];
  const status = (swap: ShiftSwap) => <span className={`status ${swap.status.toLowerCase()}`}>{t(`swap.${swap.status}`)}</span>;
  const buttons = (swap: ShiftSwap, yes: Step) => (
    <>
      <button type="button" disabled={step.isPending} onClick={() => step.mutate({ id: swap.id, to: yes })}>{t(`swap.${yes}`)}</button>{' '}
      <button type="button" className="secondary" disabled={step.isPending} onClick={() => step.mutate({ id: swap.id, to: 'decline' })}>
        {t('swap.decline')}
      </button>
    </>
  );

  if (supervisor) {
    const pending = all.filter((swap) => swap.status === 'ACCEPTED');
    return (
      <section className="swaps" aria-labelledby="swaps-heading">
        <h2 id="swaps-heading">{t('swap.pendingTitle')}</h2>
        {problem && <p role="alert" className="wf-error">{problem}</p>}
        {pending.length === 0 ? <p className="muted">{t('swap.nonePending')}</p> : (
          <table className="time-off-list" aria-label={t('swap.pendingTitle')}>
            <thead>
              <tr>
                <th scope="col">{t('swap.requester')}</th><th scope="col">{t('swap.gives')}</th>
                <th scope="col">{t('swap.partner')}</th><th scope="col">{t('swap.givesBack')}</th>
                <th scope="col" aria-label={t('timeOff.decision')} />
              </tr>
            </thead>
            <tbody>
              {pending.map((swap) => (
                <tr key={swap.id}>
                  <td>{name(swap.requesterId)}</td><td>{day(swap.requesterDay)}</td>
                  <td>{name(swap.partnerId)}</td><td>{day(swap.partnerDay)}</td>
                  <td>{buttons(swap, 'approve')}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </section>
    );
  }

  const asked = all.filter((swap) => swap.partnerId === me);
  const offers = all.filter((swap) => swap.requesterId === me);
  return (
    <section className="swaps" aria-labelledby="swaps-heading">
      <h2 id="swaps-heading">{t('swap.title')}</h2>
      {mine.length === 0 ? <p className="muted">{t('swap.noShifts')}</p> : (
        <form className="wf-form inline" onSubmit={submit} aria-label={t('swap.form')}>
          <label className="wf-field"><span>{t('swap.myShift')}</span>
            <select required value={offeredKey} onChange={(e) => { setOfferedKey(e.target.value); setPartnerId(''); setPartnerDay(''); }}>
              <option value="" />
              {mine.map((shift) => <option key={`${shift.scheduleId}/${shift.day}`} value={`${shift.scheduleId}/${shift.day}`}>{shiftLabel(shift)}</option>)}
            </select></label>
          <label className="wf-field"><span>{t('swap.colleague')}</span>
            <select required value={partnerId} disabled={!offered} onChange={(e) => { setPartnerId(e.target.value); setPartnerDay(''); }}>
              <option value="" />
              {partners.map((colleague) => <option key={colleague.userId} value={colleague.userId}>{colleague.agentName}</option>)}
            </select></label>
          <label className="wf-field"><span>{t('swap.theirShift')}</span>
            <select required value={partnerDay} disabled={!partner} onChange={(e) => setPartnerDay(e.target.value)}>
              <option value="" />
              {partner?.shifts.map((shift) => <option key={shift.day} value={shift.day}>{shiftLabel(shift)}</option>)}
            </select></label>
          <button type="submit" disabled={ask.isPending}>{t('swap.offer')}</button>
        </form>
      )}
      {problem && <p role="alert" className="wf-error">{problem}</p>}
      <h3>{t('swap.askedOfMe')}</h3>
      {asked.length === 0 ? <p className="muted">{t('swap.none')}</p> : (
        <table className="time-off-list" aria-label={t('swap.askedOfMe')}>
          <thead>
            <tr>
              <th scope="col">{t('swap.requester')}</th><th scope="col">{t('swap.youGet')}</th><th scope="col">{t('swap.youGive')}</th>
              <th scope="col">{t('timeOff.status')}</th><th scope="col" aria-label={t('timeOff.decision')} />
            </tr>
          </thead>
          <tbody>
            {asked.map((swap) => (
              <tr key={swap.id}>
                <td>{name(swap.requesterId)}</td><td>{day(swap.requesterDay)}</td><td>{day(swap.partnerDay)}</td><td>{status(swap)}</td>
                <td>{swap.status === 'REQUESTED' && buttons(swap, 'accept')}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <h3>{t('swap.myOffers')}</h3>
      {offers.length === 0 ? <p className="muted">{t('swap.none')}</p> : (
        <table className="time-off-list" aria-label={t('swap.myOffers')}>
          <thead>
            <tr>
              <th scope="col">{t('swap.youGive')}</th><th scope="col">{t('swap.partner')}</th><th scope="col">{t('swap.youGet')}</th>
              <th scope="col">{t('timeOff.status')}</th>
            </tr>
          </thead>
          <tbody>
            {offers.map((swap) => (
              <tr key={swap.id}>
                <td>{day(swap.requesterDay)}</td><td>{name(swap.partnerId)}</td><td>{day(swap.partnerDay)}</td><td>{status(swap)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
