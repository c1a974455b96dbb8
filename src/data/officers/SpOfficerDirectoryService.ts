import type { SPFI } from '@pnp/sp';
import '@pnp/sp/webs';
import '@pnp/sp/lists';
import '@pnp/sp/items';
import '@pnp/sp/batching';
import '@pnp/sp/site-users/web';
import type { RowWrite } from '../../schema/rows';
import { validateLiaisonProfile, type ILiaisonProfileChanges } from '../../domain/officers/validateLiaisonProfile';
import * as lists from '../../schema/lists';
import type { IList } from '@pnp/sp/lists';
import { hubList, type HubListAddress } from '../hubList';
import { addOrUpdateOwnItem } from '../ownItem';
import { PAGE_SIZE, readPagesById } from '../readPagesById';
import type { IOfficer, IOfficerDirectoryData, IOfficerIndexProgress } from '../../domain/officers/types';
import { HubDataError, toHubDataError } from '../hubDataError';
import type { ILiaisonProfileTarget, IOfficerDirectoryService, ISavedLiaisonProfile } from './IOfficerDirectoryService';
import { mapOfficer, mapOfficerDirectoryRows } from './mapOfficerRows';
import {
  COUNTY_SERVICE_COLUMNS, DIRECTORATE_COLUMNS, DIRECTORATE_EXPANDED, LIAISON_PROFILE_COLUMNS, LIAISON_PROFILE_EXPANDED, OFFICER_COLUMNS, OFFICER_EXPANDED, OFFICER_INDEX_COLUMNS, SENIOR_ROLE_COLUMNS,
  SENIOR_ROLE_EXPANDED, SERVICE_COLUMNS, SERVICE_EXPANDED,
  type CountyServiceRead, type DirectorateRead, type LiaisonProfileRead, type OfficerIndexRead, type OfficerRead, type SeniorRoleRead, type ServiceRead
} from './officerRows';

// Addresses only (see HubListAddress): the definitions' fields stay out of the bundle.
const HUB_LISTS = {
  countyServices: { title: lists.countyServices.title, url: lists.countyServices.url },
  directorates: { title: lists.directorates.title, url: lists.directorates.url },
  liaisonProfiles: { title: lists.liaisonProfiles.title, url: lists.liaisonProfiles.url },
  officers: { title: lists.officers.title, url: lists.officers.url },
  seniorRoles: { title: lists.seniorRoles.title, url: lists.seniorRoles.url },
  services: { title: lists.services.title, url: lists.services.url }
} as const satisfies Record<string, HubListAddress>;

/**
 * The officer directory over SharePoint lists.
 *
 * Scale: a large council's officer list (10,000–20,000 items) is past the 5,000-item list
 * view threshold, so every query either filters on an indexed column that leaves few rows
 * (`IsCLO eq 1`) or reads in Id order with no filter or sort (always allowed). Leavers are
 * dropped while mapping, not filtered on the server: `IsActive eq 1` would still match
 * more than 5,000 items and be refused. Search text never goes to SharePoint; it runs over
 * the index in the browser, so quotes or OData words in it cannot break or widen a query.
 */
export class SpOfficerDirectoryService implements IOfficerDirectoryService {
  private readonly sp: SPFI;
  private allOfficers: Promise<IOfficerIndexProgress> | undefined;
  private readonly listeners = new Set<(progress: IOfficerIndexProgress) => void>();
  private latest: IOfficerIndexProgress | undefined;

  public constructor(sp: SPFI) {
    this.sp = sp;
  }

  public async loadDirectory(): Promise<IOfficerDirectoryData> {
    const [batched, execute] = this.sp.batched();
    const list = (address: HubListAddress): IList => hubList(batched.web, address);
    const reads = Promise.all([
      list(HUB_LISTS.directorates).items.select(...DIRECTORATE_COLUMNS, ...DIRECTORATE_EXPANDED).expand('Director')
        .top(PAGE_SIZE)<DirectorateRead[]>(),
      list(HUB_LISTS.services).items.select(...SERVICE_COLUMNS, ...SERVICE_EXPANDED).expand('HeadOfService', 'PortfolioHolder')
        .top(PAGE_SIZE)<ServiceRead[]>(),
      list(HUB_LISTS.seniorRoles).items.select(...SENIOR_ROLE_COLUMNS, ...SENIOR_ROLE_EXPANDED).expand('Holder')
        .top(PAGE_SIZE)<SeniorRoleRead[]>(),
      list(HUB_LISTS.officers).items.select(...OFFICER_COLUMNS, ...OFFICER_EXPANDED).expand('LastReviewedBy')
        .filter('IsCLO eq 1').top(PAGE_SIZE)<OfficerRead[]>(),
      // One item per liaison officer at most that counts: far fewer than 5,000 in any council.
      list(HUB_LISTS.liaisonProfiles).items.select(...LIAISON_PROFILE_COLUMNS, ...LIAISON_PROFILE_EXPANDED).expand('Editor')
        .top(PAGE_SIZE)<LiaisonProfileRead[]>(),
      // Who is signed in, only to offer "Edit my liaison profile" on their own entry.
      batched.web.currentUser.select('Id')<{ Id?: number }>().catch(() => undefined),
      // Only to show Democratic Services their housekeeping; anyone else simply does not see it.
      batched.web.currentUser.groups.select('Title')<{ Title: string }[]>().catch((): { Title: string }[] => []),
      // Only for "searched N of about M"; never fail the page for it.
      list(HUB_LISTS.officers).select('ItemCount')<{ ItemCount?: number }>().catch(() => undefined),
      // Only to say which council handles a topic this one does not. A site the 1.1.0.0 update
      // has not reached has no such list (404 for this request alone): the directory still loads.
      list(HUB_LISTS.countyServices).items.select(...COUNTY_SERVICE_COLUMNS).top(PAGE_SIZE)<CountyServiceRead[]>()
        .catch((): CountyServiceRead[] | undefined => undefined)
    ]);
    // If the batch itself fails, the reads reject too; that is reported from execute().
    reads.catch(() => undefined);
    try {
      await execute();
      const [directorates, services, seniorRoles, liaisonOfficers, liaisonProfiles, currentUser, currentUserGroups, listInfo, countyServices] = await reads;
      return mapOfficerDirectoryRows({
        directorates, services, seniorRoles, liaisonOfficers, liaisonProfiles, currentUserId: currentUser?.Id, currentUserGroups,
        officerListSize: typeof listInfo?.ItemCount === 'number' ? listInfo.ItemCount : undefined,
        countyServices
      });
    } catch (error) {
      throw toHubDataError(error);
    }
  }

  public loadAllOfficers(onPage?: (progress: IOfficerIndexProgress) => void): Promise<IOfficerIndexProgress> {
    if (onPage) {
      this.listeners.add(onPage);
      if (this.latest) onPage(this.latest);
    }
    if (!this.allOfficers) {
      this.allOfficers = this.readAllOfficers().catch((error: unknown) => {
        // A failed read may be retried from scratch.
        this.allOfficers = undefined;
        this.latest = undefined;
        throw toHubDataError(error);
      });
    }
    const done = this.allOfficers;
    if (onPage) done.then(() => this.listeners.delete(onPage), () => this.listeners.delete(onPage));
    return done;
  }

  /**
   * Pages of 5,000 in Id order ($skiptoken paging needs no index), one round trip each, with
   * only the columns search shows; liaison officers' full rows come from loadDirectory.
   */
  private async readAllOfficers(): Promise<IOfficerIndexProgress> {
    const officers: IOfficer[] = [];
    let read = 0;
    let progress: IOfficerIndexProgress = { officers, read, done: false };
    await readPagesById(afterId => {
      let query = hubList(this.sp.web, HUB_LISTS.officers).items.select(...OFFICER_INDEX_COLUMNS).top(PAGE_SIZE);
      if (afterId) query = query.skip(afterId);
      return query<OfficerIndexRead[]>();
    }, (page, done) => {
      read += page.length;
      for (const row of page) {
        const officer = mapOfficer(row);
        if (officer) officers.push(officer);
      }
      progress = { officers: officers.slice(), read, done };
      this.latest = progress;
      for (const listener of this.listeners) listener(progress);
    });
    return progress;
  }

  public async saveLiaisonProfile(target: ILiaisonProfileTarget, changes: ILiaisonProfileChanges): Promise<ISavedLiaisonProfile> {
    const validation = validateLiaisonProfile(changes);
    if (!validation.valid) {
      throw new HubDataError('invalid', 'The liaison profile breaks a validation rule; nothing was saved.');
    }
    const part = (i: number): string | null => validation.profileParts[i] ?? null;
    const body: RowWrite<typeof lists.liaisonProfiles> = {
      Title: target.fullName,
      OfficerId: target.officerId,
      Profile1: part(0), Profile2: part(1), Profile3: part(2), Profile4: part(3),
      Availability: validation.cleaned.availability || null
    };
    return addOrUpdateOwnItem(hubList(this.sp.web, HUB_LISTS.liaisonProfiles).items, target, body);
  }
}
