import { useEffect, useState } from 'react';
import { currentUser, type Me } from './features/auth/api';
import { LoginPage } from './features/auth/LoginPage';
import { Shell } from './features/shell/Shell';
import { I18nProvider } from './i18n/i18n';

export function App() {
  const [me, setMe] = useState<Me | null | undefined>(undefined);

  useEffect(() => {
    currentUser().then(setMe, () => setMe(null));
  }, []);

  return (
    <I18nProvider>
      {me === undefined ? null : me === null ? (
        <LoginPage onLoggedIn={setMe} />
      ) : (
        <Shell me={me} onLoggedOut={() => setMe(null)} />
      )}
    </I18nProvider>
  );
}
