import { jsx as _jsx, jsxs as _jsxs } from "react/jsx-runtime";
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
        initialPageParam: null,
        getNextPageParam: (page) => page.nextCursor,
    });
    const items = contacts.data?.pages.flatMap((p) => p.items) ?? [];
    const view = includes(me.role, 'SUPERVISOR') ? 'all' : 'mine';
    return (_jsxs("div", { className: "contacts-page", children: [_jsxs("aside", { className: "contact-list", "aria-label": t('listLabel'), children: [_jsx("div", { className: "contact-search", children: _jsx("input", { type: "search", value: q, placeholder: t('searchPlaceholder'), "aria-label": t('search'), onChange: (e) => setQ(e.target.value) }) }), contacts.isPending ? _jsx(Loading, {}) : contacts.isError ? _jsx(ErrorMessage, { error: contacts.error, onRetry: () => void contacts.refetch() }) :
                        items.length === 0 ? _jsx(Empty, { children: search ? t('noMatches') : t('noContacts') }) : (_jsx("ul", { children: items.map((c) => (_jsx("li", { children: _jsxs(NavLink, { to: `/contacts/${c.id}`, className: "contact-row", children: [_jsx("strong", { children: contactLabel(c, t('unknown')) }), _jsx("span", { className: "muted", children: [c.company, c.identities[0]?.value].filter(Boolean).join(' · ') })] }) }, c.id))) })), contacts.hasNextPage && (_jsx("button", { type: "button", className: "secondary load-more", disabled: contacts.isFetchingNextPage, onClick: () => void contacts.fetchNextPage(), children: t('loadMore') }))] }), _jsx("section", { className: "contact-detail", "aria-label": t('detailLabel'), children: contactId
                    ? _jsx(CustomerPanel, { contactId: contactId, wide: true, onOpenConversation: (id) => {
                            openTab(me.userId, id);
                            navigate(`/inbox/${view}/${id}`);
                        } }, contactId)
                    : _jsx(Empty, { children: t('choose') }) })] }));
}
