import { jsx as _jsx } from "react/jsx-runtime";
import { createContext, useContext } from 'react';
const SessionContext = createContext(null);
export function SessionProvider({ session, children }) {
    return _jsx(SessionContext.Provider, { value: session, children: children });
}
/** The signed-in user; only used below the sign-in gate. */
export function useSession() {
    const session = useContext(SessionContext);
    if (!session)
        throw new Error('useSession outside SessionProvider');
    return session;
}
