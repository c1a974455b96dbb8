import type { SPFI } from '@pnp/sp';
import '@pnp/sp/webs';
import '@pnp/sp/lists';
import '@pnp/sp/items';
import type { IItems } from '@pnp/sp/items';
import '@pnp/sp/batching';
import '@pnp/sp/site-users/web';
import * as lists from '../../schema/lists';
import type { RowWrite } from '../../schema/rows';
import type { IMemberDirectoryData, IOwnProfileChanges } from '../../domain/members/types';
import { validateOwnProfile } from '../../domain/members/validateOwnProfile';
import {
  APPOINTMENT_COLUMNS, COMMITTEE_COLUMNS, CURRENT_USER_COLUMNS, MEMBER_COLUMNS, MEMBERSHIP_COLUMNS, PARTY_COLUMNS,
  WARD_COLUMNS,
  type AppointmentRead, type CommitteeRead, type ICurrentUserRead, type IDirectoryRows, type MemberRead,
  type MembershipRead, type PartyRead, type WardRead
} from './directoryRows';
import type { IMemberDirectoryService, ISavedProfile } from './IMemberDirectoryService';
import { HubDataError, toHubDataError } from '../hubDataError';
import { mapDirectoryRows } from './mapDirectoryRows';

/** SharePoint's largest page; a council's members, committees, wards and parties always fit in one. */
const PAGE = 5000;

const LIST_TITLES = {
  members: lists.members.title,
  wards: lists.wards.title,
  parties: lists.parties.title,
  committees: lists.committees.title,
  memberships: lists.committeeMemberships.title,
  appointments: lists.outsideAppointments.title
} as const;

/** The member directory over SharePoint lists, through the PnPjs instance it is given. */
export class SpMemberDirectoryService implements IMemberDirectoryService {
  private readonly sp: SPFI;

  public constructor(sp: SPFI) {
    this.sp = sp;
  }

  /**
   * Reads the six lists and the signed-in user in ONE $batch request (plus a digest call
   * only when the page did not supply one). Nothing is filtered or sorted on the server:
   * the lists are read whole so search and refiners answer instantly in the browser.
   */
  public async loadDirectory(): Promise<IMemberDirectoryData> {
    const [batched, execute] = this.sp.batched();
    const items = (key: keyof typeof LIST_TITLES): IItems => batched.web.lists.getByTitle(LIST_TITLES[key]).items.top(PAGE);
    const reads = Promise.all([
      items('members').select(...MEMBER_COLUMNS)<MemberRead[]>(),
      items('wards').select(...WARD_COLUMNS)<WardRead[]>(),
      items('parties').select(...PARTY_COLUMNS)<PartyRead[]>(),
      items('committees').select(...COMMITTEE_COLUMNS)<CommitteeRead[]>(),
      items('memberships').select(...MEMBERSHIP_COLUMNS)<MembershipRead[]>(),
      items('appointments').select(...APPOINTMENT_COLUMNS)<AppointmentRead[]>(),
      // Who is signed in only decides whether "Edit my profile" shows; never fail the page for it.
      batched.web.currentUser.select(...CURRENT_USER_COLUMNS)<ICurrentUserRead>().catch(() => undefined)
    ]);
    // If the batch itself fails, the reads reject too; that is reported from execute().
    reads.catch(() => undefined);
    try {
      await execute();
      const [members, wards, parties, committees, firstMemberships, firstAppointments, currentUser] = await reads;
      // Seats and appointments accumulate history; past 5,000 rows they need more pages.
      const memberships = await this.readOnAfter('memberships', MEMBERSHIP_COLUMNS, firstMemberships);
      const appointments = await this.readOnAfter('appointments', APPOINTMENT_COLUMNS, firstAppointments);
      const rows: IDirectoryRows = { members, wards, parties, committees, memberships, appointments, currentUser };
      return mapDirectoryRows(rows);
    } catch (error) {
      throw toHubDataError(error);
    }
  }

  /**
   * A full first page may have more behind it: read on by Id ($skiptoken, which needs no
   * index) until a short page. Costs extra round trips only for lists past 5,000 rows.
   */
  private async readOnAfter<T extends { Id: number }>(
    key: keyof typeof LIST_TITLES, columns: readonly string[], firstPage: T[]
  ): Promise<T[]> {
    const rows = [...firstPage];
    let page = firstPage;
    while (page.length === PAGE) {
      page = await this.sp.web.lists.getByTitle(LIST_TITLES[key]).items
        .select(...columns).skip(page[page.length - 1].Id).top(PAGE)<T[]>();
      rows.push(...page);
    }
    return rows;
  }

  public async updateOwnProfile(memberId: number, changes: IOwnProfileChanges, etag: string | undefined): Promise<ISavedProfile> {
    const validation = validateOwnProfile(changes);
    if (!validation.valid) throw new HubDataError('invalid', 'The profile changes break a validation rule; nothing was saved.');
    const body: RowWrite<typeof lists.members> = {
      Skills: validation.cleaned.skills,
      Biography: validation.cleaned.biography
    };
    try {
      // SharePoint enforces who may write: each profile item gives its member Contribute
      // and everyone else Read, so a refused save comes back as 403, not silently ignored.
      const result: { etag?: string } | undefined = await this.sp.web.lists.getByTitle(lists.members.title)
        .items.getById(memberId).update(body, etag ?? '*');
      return { etag: result?.etag };
    } catch (error) {
      throw toHubDataError(error);
    }
  }
}
