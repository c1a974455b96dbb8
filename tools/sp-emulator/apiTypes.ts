/** A request as the core sees it, whether it came over HTTP, through `fetch` or out of a $batch. */
export interface IApiRequest {
  method: string;
  url: URL;
  headers: Headers;
  body: string;
  userId: number;
  /** The delegated scopes (`scp`) of the caller's access token, on a root that identifies callers by one; none otherwise. */
  scopes?: readonly string[];
  /** Parts of a $batch carry no digest of their own: the outer POST had it. */
  insideBatch: boolean;
}

export interface IApiResponse {
  status: number;
  headers: Record<string, string>;
  /** Serialised body; empty for 204 and the like. */
  body: string;
}

const JSON_LIGHT = 'application/json;odata=minimalmetadata;streaming=true;charset=utf-8';

export const REASONS: Record<number, string> = {
  200: 'OK', 201: 'Created', 204: 'No Content', 400: 'Bad Request', 401: 'Unauthorized', 403: 'Forbidden',
  404: 'Not Found', 405: 'Method Not Allowed', 412: 'Precondition Failed', 413: 'Payload Too Large', 414: 'URI Too Long', 429: 'Too Many Requests',
  500: 'Internal Server Error', 503: 'Service Unavailable', 504: 'Gateway Timeout'
};

export function jsonResponse(status: number, body: unknown, headers: Record<string, string> = {}): IApiResponse {
  return { status, headers: { 'Content-Type': JSON_LIGHT, ...headers }, body: JSON.stringify(body) };
}

export function emptyResponse(status: number, headers: Record<string, string> = {}): IApiResponse {
  return { status, headers, body: '' };
}

/** SharePoint's error body: `{"odata.error":{"code":"<hresult>, <type>","message":{…}}}`. */
export function spError(status: number, code: string, message: string, headers: Record<string, string> = {}): IApiResponse {
  return jsonResponse(status, { 'odata.error': { code, message: { lang: 'en-US', value: message } } }, headers);
}

/** Thrown anywhere below the router and turned into SharePoint's error response. */
export class SpRequestError extends Error {
  public constructor(public readonly status: number, public readonly code: string, message: string, public readonly headers: Record<string, string> = {}) {
    super(message);
  }
  public toResponse(): IApiResponse {
    return spError(this.status, this.code, this.message, this.headers);
  }
}

export const ACCESS_DENIED = (): SpRequestError =>
  new SpRequestError(403, '-2147024891, System.UnauthorizedAccessException', 'Access denied.');

export const BAD_REQUEST = (message: string, code = '-1, Microsoft.SharePoint.Client.InvalidClientQueryException'): SpRequestError =>
  new SpRequestError(400, code, message);

export const COLUMN_MISSING = (name: string): SpRequestError =>
  new SpRequestError(400, '-1, Microsoft.SharePoint.SPException',
    `Column '${name}' does not exist. It may have been deleted by another user.`);

/** SharePoint's dates: UTC, ISO 8601, no milliseconds. */
export function spDate(value: string | number | Date): string {
  return new Date(value).toISOString().replace(/\.\d{3}Z$/, 'Z');
}

/**
 * An ISO 8601 date or date-time that names a real moment: SharePoint refuses `2027-02-30`
 * and `"1"` (400, cannot convert to Edm.DateTime) where `Date.parse` would roll the first
 * over to 2 March and read the second as the year 2001.
 */
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2})(?::(\d{2})(?:\.\d{1,7})?)?(?:Z|[+-]\d{2}:\d{2})?)?$/;
export function isIsoDate(text: string): boolean {
  const m = ISO_DATE.exec(text);
  if (!m) return false;
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const daysInMonth = new Date(Date.UTC(year, month, 0)).getUTCDate();
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth) return false;
  if (m[4] !== undefined && (Number(m[4]) > 23 || Number(m[5]) > 59 || Number(m[6] ?? 0) > 59)) return false;
  return !Number.isNaN(Date.parse(text));
}
