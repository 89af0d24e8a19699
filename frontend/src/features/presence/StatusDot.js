import { jsx as _jsx } from "react/jsx-runtime";
import { statusColor } from './presence';
/** A small coloured dot for a status; decorative, the status name is always shown or announced next to it. */
export function StatusDot({ status }) {
    return _jsx("span", { className: "status-dot", "aria-hidden": "true", style: { background: statusColor[status] } });
}
