import { type PresenceStatus, statusColor } from './presence';

/** A small coloured dot for a status; decorative, the status name is always shown or announced next to it. */
export function StatusDot({ status }: { status: PresenceStatus }) {
  return <span className="status-dot" aria-hidden="true" style={{ background: statusColor[status] }} />;
}
