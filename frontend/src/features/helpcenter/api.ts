import { api } from '../../lib/http';

/** A workspace's public help center as admins set it up (`/api/v1/help-center/settings`). */
export interface HelpCenterSettings {
  slug: string;
  enabled: boolean;
  /** Shown instead of the workspace's name when set. */
  name: string | null;
  brandColor: string;
  /** An https image URL. */
  logoUrl: string | null;
  /** The chat inbox whose widget the pages open. */
  chatInboxId: string | null;
  /** The email or API inbox the contact form writes to. */
  contactInboxId: string | null;
}

export const helpCenterApi = {
  settings: () => api.get<HelpCenterSettings>('/help-center/settings'),
  save: (body: HelpCenterSettings) => api.put<HelpCenterSettings>('/help-center/settings', body),
};
