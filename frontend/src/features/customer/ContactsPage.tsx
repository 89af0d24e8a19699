import { useInfiniteQuery } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { NavLink, useNavigate, useParams } from 'react-router';
import { Empty, ErrorMessage, Loading } from '../../ui/states';
import { includes } from '../auth/api';
import { useSession } from '../auth/session';
import { openTab } from '../conversation/storage';
import { contactApi, contactLabel } from './api';
import { CustomerPanel } from './CustomerPanel';
import './customer.css';

/** Every contact, searchable, and the full customer 360 of the chosen one. */
export function ContactsPage() {
  const { t } = useTranslation('customer');
  const { me } = useSession();
  const { contactId } = useParams();
  const navigate = useNavigate();
  const [q, setQ] = useState('');
  const [search, setSearch] = useState('');
  useEffect(() => {
    const timer = setTimeout(() => setSearch(q.trim()), 250);
    return () => clearTimeout(timer);
  }, [q]);
  const contacts = useInfiniteQuery({
    queryKey: ['contacts', 'list', search],
    queryFn: ({ pageParam }) => contactApi.list(search, pageParam, 50),
    initialPageParam: null as string | null,
    getNextPageParam: (page) => page.nextCursor,
  });
  const items = contacts.data?.pages.flatMap((p) => p.items) ?? [];
  const view = includes(me.role, 'SUPERVISOR') ? 'all' : 'mine';

  return (
    <div className="contacts-page">
      <aside className="contact-list" aria-label={t('listLabel')}>
        <div className="contact-search">
          <input type="search" value={q} placeholder={t('searchPlaceholder')} aria-label={t('search')} onChange={(e) => setQ(e.target.value)} />
        </div>
        {contacts.isPending ? <Loading /> : contacts.isError ? <ErrorMessage error={contacts.error} onRetry={() => void contacts.refetch()} /> :
          items.length === 0 ? <Empty>{search ? t('noMatches') : t('noContacts')}</Empty> : (
            <ul>
              {items.map((c) => (
                <li key={c.id}>
                  <NavLink to={`/contacts/${c.id}`} className="contact-row">
                    <strong>{contactLabel(c, t('unknown'))}</strong>
                    <span className="muted">{[c.company, c.identities[0]?.value].filter(Boolean).join(' · ')}</span>
                  </NavLink>
                </li>
              ))}
            </ul>
          )}
        {contacts.hasNextPage && (
          <button type="button" className="secondary load-more" disabled={contacts.isFetchingNextPage} onClick={() => void contacts.fetchNextPage()}>
            {t('loadMore')}
          </button>
        )}
      </aside>
      <section className="contact-detail" aria-label={t('detailLabel')}>
        {contactId
          ? <CustomerPanel key={contactId} contactId={contactId} wide onOpenConversation={(id) => {
              openTab(me.userId, id);
              navigate(`/inbox/${view}/${id}`);
            }} />
          : <Empty>{t('choose')}</Empty>}
      </section>
    </div>
  );
}
