import type { ISiteConfiguration, SetupAction } from '../../domain/siteSetup/types';

/**
 * What the Hub administration page needs from the site: who is asking, the site's real
 * permission configuration, and one set-up step at a time. Components receive this
 * interface, never SPFI.
 */
export interface ISiteSetupService {
  /** What the signed-in user may do on the page; two requests, so a page visit by anyone else stays cheap. */
  access(): Promise<HubAdminAccess>;
  readConfiguration(): Promise<ISiteConfiguration>;
  /** Makes one change over REST with the signed-in user's own session. */
  apply(action: SetupAction): Promise<void>;
  /** SharePoint's own page for a group's membership. */
  groupMembersUrl(groupId: number): string;
}

/**
 * owner → may manage the site's permissions (set up, fix); checker → may see the Hub
 * lists' permissions but not the site's (Democratic Services, with Full Control on the
 * lists): health check only; none → anyone else.
 */
export type HubAdminAccess = 'owner' | 'checker' | 'none';

