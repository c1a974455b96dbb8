/**
 * Why a call to the Hub lists failed, in terms the UI can act on:
 * listsMissing → the admin must add the app to the site or set the site URL;
 * forbidden → SharePoint refused (e.g. editing someone else's entry);
 * conflict → someone else saved first; network → worth retrying;
 * invalid → the input broke a rule and nothing was sent;
 * schemaOutdated → a list lacks a column this version reads or writes (the app was updated,
 * the columns it adds to existing lists not yet: Hub administration's health check adds them).
 */
export type DataFailureKind = 'listsMissing' | 'forbidden' | 'conflict' | 'network' | 'invalid' | 'schemaOutdated' | 'unknown';

/** The one error type every Hub service throws. */
export class HubDataError extends Error {
  public readonly kind: DataFailureKind;
  public readonly status: number | undefined;

  public constructor(kind: DataFailureKind, message: string, status?: number) {
    super(message);
    this.name = 'HubDataError';
    this.kind = kind;
    this.status = status;
    // Keeps instanceof working when compiled to ES5-style classes.
    Object.setPrototypeOf(this, HubDataError.prototype);
  }
}

export function isHubDataError(error: unknown): error is HubDataError {
  return error instanceof HubDataError;
}

interface IHttpErrorShape {
  isHttpRequestError?: boolean;
  status?: number;
  message?: string;
}

/**
 * Turns whatever PnPjs or fetch threw into a failure the UI can act on. PnPjs throws
 * HttpRequestError (with `status`) for any non-2xx answer, and retries 429/503/504 and
 * network failures three times before giving up with "Retry count exceeded".
 */
/**
 * SharePoint's 400s for a column the list does not have: selected or expanded ("The field or
 * property 'X' does not exist."), filtered or sorted on ("Column 'X' does not exist."), or
 * written ("The property 'X' does not exist on type 'SP.Data…'"). PnPjs puts the answer's
 * body in its error's message.
 */
const MISSING_COLUMN = /The field or property '[^']+' does not exist|Column '[^']+' does not exist|The property '[^']+' does not exist on type 'SP\.Data\./;

export function toHubDataError(error: unknown): HubDataError {
  if (error instanceof HubDataError) return error;
  const shape = (typeof error === 'object' && error !== null ? error : {}) as IHttpErrorShape;
  const message = shape.message ?? String(error);
  const status = shape.isHttpRequestError ? shape.status : undefined;
  if (status === 404) return new HubDataError('listsMissing', message, status);
  if (status === 401 || status === 403) return new HubDataError('forbidden', message, status);
  if (status === 412) return new HubDataError('conflict', message, status);
  if (status === 429 || status === 503 || status === 504) return new HubDataError('network', message, status);
  if (status === 400 && MISSING_COLUMN.test(message)) return new HubDataError('schemaOutdated', message, status);
  if (status !== undefined) return new HubDataError('unknown', message, status);
  if (error instanceof TypeError || /retry count exceeded|failed to fetch|fetch failed|network/i.test(message)) {
    return new HubDataError('network', message);
  }
  return new HubDataError('unknown', message);
}
