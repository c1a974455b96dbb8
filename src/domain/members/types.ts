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
  /** The councillor's own SharePoint user id; lets them edit their own skills and biography. */
  accountId?: number;
  photoUrl?: string;
  email?: string;
  phone?: string;
  mobile?: string;
  partyId?: number;
  wardId?: number;
  cabinetRole?: string;
  portfolio?: string;
  additionalResponsibilities: string[];
  skills: string[];
  biography?: string;
  termStart?: string;
  termEnd?: string;
  isActive: boolean;
  /** SharePoint's item version, sent back on save so a concurrent edit is not overwritten. */
  etag?: string;
}

export interface ICurrentUser {
  id: number;
  displayName: string;
  email?: string;
}

/** Everything the directory shows, loaded at once. */
export interface IMemberDirectoryData {
  members: IMember[];
  wards: IWard[];
  parties: IParty[];
  committees: ICommittee[];
  memberships: IMembership[];
  appointments: IOutsideAppointment[];
  currentUser?: ICurrentUser;
}

/** The fields a member may change on their own profile. */
export interface IOwnProfileChanges {
  skills: string[];
  biography: string;
}
