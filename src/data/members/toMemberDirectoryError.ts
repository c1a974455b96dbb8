import { MemberDirectoryError } from './IMemberDirectoryService';

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
export function toMemberDirectoryError(error: unknown): MemberDirectoryError {
  if (error instanceof MemberDirectoryError) return error;
  const shape = (typeof error === 'object' && error !== null ? error : {}) as IHttpErrorShape;
  const message = shape.message ?? String(error);
  const status = shape.isHttpRequestError ? shape.status : undefined;
  if (status === 404) return new MemberDirectoryError('listsMissing', message, status);
  if (status === 401 || status === 403) return new MemberDirectoryError('forbidden', message, status);
  if (status === 412) return new MemberDirectoryError('conflict', message, status);
  if (status === 429 || status === 503 || status === 504) return new MemberDirectoryError('network', message, status);
  if (status !== undefined) return new MemberDirectoryError('unknown', message, status);
  if (error instanceof TypeError || /retry count exceeded|failed to fetch|fetch failed|network/i.test(message)) {
    return new MemberDirectoryError('network', message);
  }
  return new MemberDirectoryError('unknown', message);
}
