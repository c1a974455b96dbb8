import type { AppointmentType, CommitteeRole, CommitteeType } from '../../schema/rows';

export type { AppointmentType, CommitteeRole, CommitteeType };

export interface IParty {
  id: number;
  name: string;
  shortName?: string;
  /** A hex colour such as #1F5FA8. */
  colour: string;
}

export interface IWard {
  id: number;
  name: string;
  code?: string;
  seats: number;
}

export interface ICommittee {
  id: number;
  name: string;
  type: CommitteeType;
  purpose?: string;
  isActive: boolean;
  /** Democratic Services' decision on LGHA 1989 s.15; undefined leaves it to the type's default. */
  politicalBalance?: boolean;
  /** Voting seats, filled or not; undefined counts the seats now filled. */
  votingSeats?: number;
}

/**
 * A political group as notified to the proper officer (1990 Regulations, reg. 8): the group
 * political balance counts, whatever party labels its members carry.
 */
export interface IPoliticalGroup {
  id: number;
  name: string;
  leaderId?: number;
  deputyLeaderId?: number;
  memberIds: number[];
  /** ISO date the notice reached the proper officer. */
  notified?: string;
  /** The party whose colour shows the group. */
  partyId?: number;
}

/** A seat on a committee, working party, task and finish group, board or the Cabinet. */
export interface IMembership {
  id: number;
  memberId: number;
  committeeId: number;
  role: CommitteeRole;
  /** Dates are ISO dates (YYYY-MM-DD); an open end means the seat is held now. */
  startDate?: string;
  endDate?: string;
}

export interface IOutsideAppointment {
  id: number;
  memberId: number;
  organisation: string;
  role?: string;
  type: AppointmentType;
  startDate?: string;
  endDate?: string;
}

export interface IMember {
  id: number;
  fullName: string;
  firstName?: string;
  surname: string;
  /** The councillor's own SharePoint user id: only a self-description this account wrote is shown. */
  accountId?: number;
  /** Only an https address on the tenant or SharePoint's user photo endpoint (see safePhotoUrl). */
  photoUrl?: string;
  /** Official council contact details. */
  email?: string;
  phone?: string;
  partyId?: number;
  wardId?: number;
  cabinetRole?: string;
  portfolio?: string;
  additionalResponsibilities: string[];
  termStart?: string;
  termEnd?: string;
  isActive: boolean;
  /**
   * The member's register of interests (Localism Act 2011 s.29), an https address; for a
   * former member only within the months the council keeps publishing it.
   */
  registerUrl?: string;
  /** What the member wrote about themselves, when they have. */
  self?: ISelfDescription;
  /** For a Cabinet member: the services their portfolio covers (Services list's portfolio holder). */
  portfolioServices?: IPortfolioService[];
}

/** A service in a Cabinet member's portfolio, with who members contact about it. */
export interface IPortfolioService {
  id: number;
  name: string;
  enquiryMailbox?: string;
  /** Lead liaison officers (not the deputy), those based in the service first. */
  leadLiaisonOfficers: IPortfolioLiaisonOfficer[];
  /** False when the liaison officers could not be read: say so rather than "none". */
  liaisonOfficersKnown: boolean;
}

export interface IPortfolioLiaisonOfficer {
  id: number;
  name: string;
  email?: string;
}

/** A member's own words, taken only from an item the member wrote themselves. */
export interface ISelfDescription {
  /** The list item, updated on the next save; undefined until the first save creates it. */
  itemId?: number;
  /** SharePoint's item version, sent back on save so a concurrent edit is not overwritten. */
  etag?: string;
  skills: string[];
  biography?: string;
  contactPreference?: string;
  /** Present only when the member chose to share it. */
  sharedMobile?: string;
  sharedHomePhone?: string;
}

/** A row the directory could not show, reported to Democratic Services instead of failing the page. */
export interface ISkippedRow {
  list: string;
  itemId: number;
  reason: string;
}

export interface ICurrentUser {
  id: number;
  displayName: string;
  email?: string;
  /** In the Democratic Services group: sees notices about the data itself. */
  isDemocraticServices: boolean;
}

/** Everything the directory shows, loaded at once. */
export interface IMemberDirectoryData {
  members: IMember[];
  wards: IWard[];
  parties: IParty[];
  /** Declared political groups; empty where none are declared (or the list could not be read). */
  politicalGroups: IPoliticalGroup[];
  committees: ICommittee[];
  memberships: IMembership[];
  appointments: IOutsideAppointment[];
  currentUser?: ICurrentUser;
  /** Rows left out because they could not be read, or could not be trusted. */
  skipped: ISkippedRow[];
}

/** What a member may change about themselves. */
export interface IOwnProfileChanges {
  skills: string[];
  biography: string;
  contactPreference: string;
  shareMobile: boolean;
  mobile: string;
  shareHomePhone: boolean;
  homePhone: string;
}
