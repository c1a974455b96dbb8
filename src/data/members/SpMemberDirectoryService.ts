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
import { SELF_DESCRIPTION_STORAGE, skillsToText, splitIntoParts } from '../../domain/members/selfDescriptionParts';
import { validateOwnProfile } from '../../domain/members/validateOwnProfile';
import { DEFAULT_REGISTER_MONTHS_AFTER_TERM } from '../../domain/members/registerOfInterests';
import { httpsHostOf } from '../../domain/shared/safeLinks';
import {
  APPOINTMENT_COLUMNS, COMMITTEE_COLUMNS, COMMITTEE_SEAT_COLUMNS, CURRENT_USER_COLUMNS, GROUP_COLUMNS, LIAISON_OFFICER_COLUMNS, MEMBER_COLUMNS,
  MEMBER_REGISTER_COLUMNS, MEMBERSHIP_COLUMNS, PARTY_COLUMNS, POLITICAL_GROUP_COLUMNS, PORTFOLIO_SERVICE_COLUMNS, SELF_DESCRIPTION_COLUMNS, WARD_COLUMNS,
  type AppointmentRead, type CommitteeRead, type CommitteeSeatsRead, type ICurrentUserRead, type IDirectoryRows, type IGroupRead,
  type LiaisonOfficerRead, type MemberRead, type MemberRegisterRead, type MembershipRead, type PartyRead, type PoliticalGroupRead, type PortfolioServiceRead,
  type SelfDescriptionRead, type WardRead
} from './directoryRows';
import type { IMemberDirectoryService, ISavedSelfDescription, ISelfDescriptionTarget } from './IMemberDirectoryService';
import { HubDataError, toHubDataError } from '../hubDataError';
import { mapDirectoryRows } from './mapDirectoryRows';
import { hubList, type HubListAddress } from '../hubList';
import { addOrUpdateOwnItem } from '../ownItem';
import { PAGE_SIZE, readAllById } from '../readPagesById';
import type { IPostcodeRecord } from '../../domain/postcodes/readPostcodeExtract';
import { normalisePostcode } from '../../domain/postcodes/normalisePostcode';
import { POSTCODE_COLUMNS, toStoredPostcode, type PostcodeRead } from '../postcodes/postcodeRows';

// A council's members, committees, wards and parties always fit in one page (PAGE_SIZE).

// Addresses only (see HubListAddress): the definitions' fields stay out of the bundle.
const HUB_LISTS = {
  members: { title: lists.members.title, url: lists.members.url },
  selfDescriptions: { title: lists.memberSelfDescriptions.title, url: lists.memberSelfDescriptions.url },
  wards: { title: lists.wards.title, url: lists.wards.url },
  parties: { title: lists.parties.title, url: lists.parties.url },
  politicalGroups: { title: lists.politicalGroups.title, url: lists.politicalGroups.url },
  committees: { title: lists.committees.title, url: lists.committees.url },
  memberships: { title: lists.committeeMemberships.title, url: lists.committeeMemberships.url },
  appointments: { title: lists.outsideAppointments.title, url: lists.outsideAppointments.url },
  services: { title: lists.services.title, url: lists.services.url },
  officers: { title: lists.officers.title, url: lists.officers.url },
  postcodes: { title: lists.postcodes.title, url: lists.postcodes.url }
} as const satisfies Record<string, HubListAddress>;

/** What the web part's settings change in what the directory shows. */
export interface IMemberDirectoryOptions {
  /** The council's ModernGov site: photos imported from it may be shown. */
  modernGovSite?: string;
  /** Months a former member's register of interests link stays (default DEFAULT_REGISTER_MONTHS_AFTER_TERM). */
  registerMonthsAfterTerm?: number;
}

/** The member directory over SharePoint lists, through the PnPjs instance it is given. */
export class SpMemberDirectoryService implements IMemberDirectoryService {
  private readonly sp: SPFI;
  private readonly options: IMemberDirectoryOptions;

  public constructor(sp: SPFI, options: IMemberDirectoryOptions = {}) {
    this.sp = sp;
    this.options = options;
  }

  /**
   * Reads the eight lists, the services and liaison officers behind Cabinet portfolios, the
   * signed-in user and their groups in ONE $batch request (plus a digest call only when the
   * page did not supply one). Only liaison officers are filtered (`IsCLO eq 1`, indexed);
   * the other lists are read whole so search and refiners answer instantly in the browser.
   */
  public async loadDirectory(): Promise<IMemberDirectoryData> {
    const [batched, execute] = this.sp.batched();
    const items = (key: keyof typeof HUB_LISTS): IItems => hubList(batched.web, HUB_LISTS[key]).items.top(PAGE_SIZE);
    const reads = Promise.all([
      items('members').select(...MEMBER_COLUMNS)<MemberRead[]>(),
      // Apart, so a site whose Member profiles list lacks the column still loads (no register links then).
      items('members').select(...MEMBER_REGISTER_COLUMNS)<MemberRegisterRead[]>().catch((): MemberRegisterRead[] => []),
      items('selfDescriptions').select(...SELF_DESCRIPTION_COLUMNS)<SelfDescriptionRead[]>(),
      items('wards').select(...WARD_COLUMNS)<WardRead[]>(),
      items('parties').select(...PARTY_COLUMNS)<PartyRead[]>(),
      items('committees').select(...COMMITTEE_COLUMNS)<CommitteeRead[]>(),
      // Apart, so a site whose Committees list lacks the column still loads (vacancies then unknown).
      items('committees').select(...COMMITTEE_SEAT_COLUMNS)<CommitteeSeatsRead[]>().catch((): CommitteeSeatsRead[] => []),
      // A site not yet updated to this version has no Political groups list: balance then has no verdict.
      items('politicalGroups').select(...POLITICAL_GROUP_COLUMNS)<PoliticalGroupRead[]>().catch((): PoliticalGroupRead[] => []),
      items('memberships').select(...MEMBERSHIP_COLUMNS)<MembershipRead[]>(),
      items('appointments').select(...APPOINTMENT_COLUMNS)<AppointmentRead[]>(),
      // Portfolio cross-links are extras: a site without the officer lists still shows its members.
      items('services').select(...PORTFOLIO_SERVICE_COLUMNS)<PortfolioServiceRead[]>().catch((): PortfolioServiceRead[] => []),
      items('officers').select(...LIAISON_OFFICER_COLUMNS).filter('IsCLO eq 1')<LiaisonOfficerRead[]>()
        .catch((): LiaisonOfficerRead[] | undefined => undefined),
      // Who is signed in only decides whether "Edit my profile" shows; never fail the page for it.
      batched.web.currentUser.select(...CURRENT_USER_COLUMNS)<ICurrentUserRead>().catch(() => undefined),
      // Groups only decide whether notices for Democratic Services show.
      batched.web.currentUser.groups.select(...GROUP_COLUMNS)<IGroupRead[]>().catch((): IGroupRead[] => [])
    ]);
    // If the batch itself fails, the reads reject too; that is reported from execute().
    reads.catch(() => undefined);
    try {
      await execute();
      const [members, memberRegisters, selfDescriptions, wards, parties, committees, committeeSeats, politicalGroups, firstMemberships, firstAppointments, services,
        liaisonOfficers, currentUser, currentUserGroups] = await reads;
      // Seats and appointments accumulate history; past 5,000 rows they need more pages.
      const memberships = await this.readOnAfter('memberships', MEMBERSHIP_COLUMNS, firstMemberships);
      const appointments = await this.readOnAfter('appointments', APPOINTMENT_COLUMNS, firstAppointments);
      const rows: IDirectoryRows = {
        members, memberRegisters, selfDescriptions, wards, parties, committees, committeeSeats, politicalGroups, memberships, appointments, services,
        liaisonOfficers, currentUser, currentUserGroups, siteUrl: this.sp.web.toUrl(),
        photoHosts: [httpsHostOf(this.options.modernGovSite)].filter((h): h is string => !!h),
        today: new Date().toISOString().slice(0, 10),
        registerMonthsAfterTerm: this.options.registerMonthsAfterTerm ?? DEFAULT_REGISTER_MONTHS_AFTER_TERM
      };
      return mapDirectoryRows(rows);
    } catch (error) {
      throw toHubDataError(error);
    }
  }

  /**
   * A full first page may have more behind it: read on by Id ($skiptoken, which needs no
   * index) until a short page. Costs extra round trips only for lists past 5,000 rows.
   */
  private readOnAfter<T extends { Id: number }>(
    key: keyof typeof HUB_LISTS, columns: readonly string[], firstPage: T[]
  ): Promise<T[]> {
    return readAllById(afterId => hubList(this.sp.web, HUB_LISTS[key]).items
      .select(...columns).skip(afterId ?? 0).top(PAGE_SIZE)<T[]>(), firstPage);
  }

  /**
   * One query on the indexed, unique Postcode column: past the 5,000-item list view threshold
   * SharePoint refuses queries whose conditions name unindexed columns, and answers those on an
   * index (https://support.microsoft.com/en-us/office/add-an-index-to-a-list-or-library-column-f3f00554-b7dc-44d1-a2ed-d477eac463b0;
   * https://learn.microsoft.com/en-us/previous-versions/office/developer/sharepoint-2010/ee557257(v=office.14)).
   */
  public async findPostcode(postcode: string): Promise<IPostcodeRecord | undefined> {
    const key = normalisePostcode(postcode);
    if (!key) return undefined;
    try {
      const rows = await hubList(this.sp.web, HUB_LISTS.postcodes).items.select(...POSTCODE_COLUMNS)
        .filter(`Postcode eq '${key}'`).top(1)<PostcodeRead[]>();
      const found = rows.length > 0 ? toStoredPostcode(rows[0]) : undefined;
      return found && { postcode: found.postcode, wardId: found.wardId, ...(found.parish ? { parish: found.parish } : {}) };
    } catch (error) {
      throw toHubDataError(error);
    }
  }

  public async saveSelfDescription(member: ISelfDescriptionTarget, changes: IOwnProfileChanges): Promise<ISavedSelfDescription> {
    const validation = validateOwnProfile(changes);
    const { partLength, biographyParts, skillsParts } = SELF_DESCRIPTION_STORAGE;
    const biography = splitIntoParts(validation.cleaned.biography, partLength, biographyParts);
    const skills = splitIntoParts(skillsToText(validation.cleaned.skills), partLength, skillsParts);
    if (!validation.valid || !biography || !skills) {
      throw new HubDataError('invalid', 'The profile changes break a validation rule; nothing was saved.');
    }
    const c = validation.cleaned;
    const part = (parts: string[], i: number): string | null => parts[i] ?? null;
    const body: RowWrite<typeof lists.memberSelfDescriptions> = {
      Title: member.fullName,
      MemberId: member.memberId,
      Skills1: part(skills, 0), Skills2: part(skills, 1),
      Biography1: part(biography, 0), Biography2: part(biography, 1), Biography3: part(biography, 2),
      Biography4: part(biography, 3), Biography5: part(biography, 4), Biography6: part(biography, 5),
      Biography7: part(biography, 6), Biography8: part(biography, 7),
      ContactPreference: c.contactPreference || null,
      SharePersonalMobile: c.shareMobile, PersonalMobile: c.mobile || null,
      ShareHomePhone: c.shareHomePhone, HomePhone: c.homePhone || null
    };
    return addOrUpdateOwnItem(hubList(this.sp.web, HUB_LISTS.selfDescriptions).items, member, body);
  }
}
