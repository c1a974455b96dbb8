/** A SharePoint user named in a person column (a Director, a Head of Service, a reviewer). */
export interface IPersonRef {
  userId: number;
  name: string;
  email?: string;
}

export interface IDirectorate {
  id: number;
  name: string;
  director?: IPersonRef;
}

export interface IService {
  id: number;
  name: string;
  directorateId?: number;
  description?: string;
  /** Topics members ask about ("bins", "planning appeal"), as Democratic Services wrote them. */
  keywords: string[];
  enquiryMailbox?: string;
  headOfService?: IPersonRef;
  /** The SharePoint user who is this service's deputy liaison officer. */
  deputyCloUserId?: number;
  /** The Cabinet member whose portfolio covers the service (an item in Member profiles). */
  portfolioHolder?: { memberId: number; name: string };
}

export interface IOfficer {
  id: number;
  fullName: string;
  surname: string;
  /** The first name they go by, when it differs from the one in their full name. */
  preferredName?: string;
  /** Mr, Ms, Dr…, for councils that address officers by title and surname. */
  honorific?: string;
  accountId?: number;
  jobTitle?: string;
  serviceId: number;
  email?: string;
  phone?: string;
  location?: string;
  photoUrl?: string;
  isClo: boolean;
  cloProfile?: string;
  /** Services this officer covers as a liaison officer (lead or deputy). */
  cloServiceIds: number[];
  availability?: string;
  /** ISO date (YYYY-MM-DD). */
  lastReviewed?: string;
  lastReviewedBy?: IPersonRef;
  /** The officer's own item in Liaison officer profiles, when they have written one. */
  ownProfileItem?: { itemId: number; etag?: string };
}

/**
 * A service another council provides (the county's roads, schools, social care), from the
 * County services list Democratic Services keep: what a member is told when they ask about it.
 */
export interface ICountyService {
  id: number;
  name: string;
  /** Topics members ask about ("pothole", "school place"), as Democratic Services wrote them. */
  keywords: string[];
  /** Who provides it, e.g. the county council. */
  council: string;
  /** As stored: the panel links it only when it is an https address (safeWebLink). */
  contactUrl?: string;
  phone?: string;
  email?: string;
  notes?: string;
}

/**
 * What the first render needs, in one round trip: the council's structure and every
 * liaison officer. The whole officer list (possibly 20,000) comes later, in the background.
 */
export interface IOfficerDirectoryData {
  directorates: IDirectorate[];
  services: IService[];
  liaisonOfficers: IOfficer[];
  chiefExecutive?: IPersonRef;
  /** The signed-in user's SharePoint id, when known. */
  currentUserId?: number;
  /** The signed-in user is in Democratic Services: chasing profiles to review is their housekeeping. */
  isDemocraticServices?: boolean;
  /** Items in the officer list (leavers included), for "searched N of about M". */
  officerListSize?: number;
  /** What the county provides instead (absent on a site whose update has not brought the list). */
  countyServices?: ICountyService[];
}

/** Progress of the background read of every officer, for search. */
export interface IOfficerIndexProgress {
  officers: IOfficer[];
  /** Rows read so far (leavers included). */
  read: number;
  done: boolean;
}
