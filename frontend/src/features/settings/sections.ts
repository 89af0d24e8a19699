import { includes, type Role } from '../auth/api';

export const SECTIONS = [
  { id: 'profile', role: 'AGENT' },
  { id: 'security', role: 'AGENT' },
  { id: 'users', role: 'ADMIN' },
  { id: 'teams', role: 'SUPERVISOR' },
  { id: 'inboxes', role: 'ADMIN' },
  { id: 'canned', role: 'AGENT' },
  { id: 'tags', role: 'SUPERVISOR' },
  { id: 'attributes', role: 'ADMIN' },
  { id: 'tokens', role: 'AGENT' },
  { id: 'webhooks', role: 'ADMIN' },
  { id: 'audit', role: 'ADMIN' },
  { id: 'workspace', role: 'ADMIN' },
  { id: 'business-hours', role: 'ADMIN' },
  { id: 'sla-policies', role: 'ADMIN' },
  { id: 'help-center', role: 'ADMIN' },
] as const satisfies readonly { id: string; role: Role }[];

export type SectionId = (typeof SECTIONS)[number]['id'];

/** The settings sections someone with {@code role} may open, in menu order. */
export function visibleSections(role: Role): SectionId[] {
  return SECTIONS.filter((s) => includes(role, s.role)).map((s) => s.id);
}

export function canOpen(role: Role, section: string): section is SectionId {
  return (visibleSections(role) as string[]).includes(section);
}
