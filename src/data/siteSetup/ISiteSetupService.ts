import type { ISiteConfiguration, SetupAction } from '../../domain/siteSetup/types';

/**
 * What the Hub administration page needs from the site: who is asking, the site's real
 * permission configuration, and one set-up step at a time. Components receive this
 * interface, never SPFI.
 */
export interface ISiteSetupService {
  /** Whether the signed-in user may manage the site's permissions (a site owner). */
  canManagePermissions(): Promise<boolean>;
  readConfiguration(): Promise<ISiteConfiguration>;
  /** Makes one change over REST with the signed-in user's own session. */
  apply(action: SetupAction): Promise<void>;
  /** SharePoint's own page for a group's membership. */
  groupMembersUrl(groupId: number): string;
}

/**
 * forbidden → SharePoint refused (not a site owner, or rights removed meanwhile);
 * network → worth trying again; unknown → anything else, with SharePoint's words.
 */
export type SiteSetupFailure = 'forbidden' | 'network' | 'unknown';

export class SiteSetupError extends Error {
  public readonly kind: SiteSetupFailure;
  public readonly status: number | undefined;

  public constructor(kind: SiteSetupFailure, message: string, status?: number) {
    super(message);
    this.name = 'SiteSetupError';
    this.kind = kind;
    this.status = status;
    Object.setPrototypeOf(this, SiteSetupError.prototype);
  }
}
