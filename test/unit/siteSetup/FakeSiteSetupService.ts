import type { HubAdminAccess, ISiteSetupService } from '../../../src/data/siteSetup/ISiteSetupService';
import { HubDataError } from '../../../src/data/hubDataError';
import type { ISiteConfiguration, SetupAction } from '../../../src/domain/siteSetup';

/**
 * A stand-in for the site: answers with the configurations it is given, one per read
 * (the last one repeats), and records every change asked of it. `failOn` makes the
 * step with that index (0-based, across the run) fail as SharePoint would.
 */
export class FakeSiteSetupService implements ISiteSetupService {
  public readonly applied: SetupAction[] = [];
  public reads = 0;
  public failOn: number | undefined;

  /**
   * `reader`: 'owner' may do everything; 'checker' (Democratic Services) may read the
   * configuration but not manage permissions; 'nobody' is refused the configuration.
   */
  public constructor(private readonly configurations: ISiteConfiguration[], private readonly reader: 'owner' | 'checker' | 'nobody' = 'owner') {}

  public async access(): Promise<HubAdminAccess> {
    return this.reader === 'owner' ? 'owner' : this.reader === 'checker' ? 'checker' : 'none';
  }

  public async readConfiguration(): Promise<ISiteConfiguration> {
    if (this.reader === 'nobody') throw new Error('The page read the configuration for someone who may not see it');
    const c = this.configurations[Math.min(this.reads, this.configurations.length - 1)];
    this.reads += 1;
    return c;
  }

  public async apply(action: SetupAction): Promise<void> {
    if (this.failOn === this.applied.length) {
      this.failOn = undefined;
      throw new HubDataError('forbidden', 'Access denied. You do not have permission to perform this action or access this resource.', 403);
    }
    this.applied.push(action);
  }

  public groupMembersUrl(groupId: number): string {
    return `https://council.example/sites/hub/_layouts/15/people.aspx?MembershipGroupId=${groupId}`;
  }
}
