/** The agent's own presence (available, busy, on break...) in the top bar. */
export function PresenceMenu() {
  return null;
}
