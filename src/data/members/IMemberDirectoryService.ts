import type { IMemberDirectoryData, IOwnProfileChanges } from '../../domain/members/types';

/**
 * What the member directory needs from wherever the lists live. Components receive this
 * interface (never SPFI or the web part context), so tests and the local preview can
 * hand them any implementation.
 */
export interface IMemberDirectoryService {
  /** Everything for the first render, in one round trip. */
  loadDirectory(): Promise<IMemberDirectoryData>;
  /**
   * Saves what the signed-in member says about themselves to their own self-description:
   * creates it on the first save, updates it after. `current.etag` is the version the member
   * started editing; a newer version on the server fails with kind 'conflict' rather than
   * overwriting another change.
   */
  saveSelfDescription(member: ISelfDescriptionTarget, changes: IOwnProfileChanges): Promise<ISavedSelfDescription>;
}

export interface ISelfDescriptionTarget {
  memberId: number;
  fullName: string;
  /** The member's existing item and the version they started from; both undefined before the first save. */
  itemId: number | undefined;
  etag: string | undefined;
}

export interface ISavedSelfDescription {
  itemId: number;
  /** The saved item's new version, for the next save. */
  etag: string | undefined;
}

/**
 * Why a call failed, in terms the UI can act on:
 * listsMissing → the admin must add the app to the site or set the site URL;
 * forbidden → SharePoint refused (e.g. editing someone else's self-description);
 * conflict → someone else saved first; network → worth retrying;
 * invalid → the input broke a rule and nothing was sent.
 */
export type MemberDirectoryFailure = 'listsMissing' | 'forbidden' | 'conflict' | 'network' | 'invalid' | 'unknown';

export class MemberDirectoryError extends Error {
  public readonly kind: MemberDirectoryFailure;
  public readonly status: number | undefined;

  public constructor(kind: MemberDirectoryFailure, message: string, status?: number) {
    super(message);
    this.name = 'MemberDirectoryError';
    this.kind = kind;
    this.status = status;
    // Keeps instanceof working when compiled to ES5-style classes.
    Object.setPrototypeOf(this, MemberDirectoryError.prototype);
  }
}

export function isMemberDirectoryError(error: unknown): error is MemberDirectoryError {
  return error instanceof MemberDirectoryError;
}
