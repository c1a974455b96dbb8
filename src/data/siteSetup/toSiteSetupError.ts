import { SiteSetupError } from './ISiteSetupService';

interface IHttpErrorShape {
  isHttpRequestError?: boolean;
  status?: number;
  message?: string;
}

/**
 * PnPjs puts SharePoint's answer after "::>" in its message; the owner should read only
 * SharePoint's own sentence (odata.error message), not the request plumbing.
 */
function sharePointWords(message: string): string {
  const body = message.split('::>')[1];
  if (!body) return message;
  try {
    const parsed = JSON.parse(body.trim()) as { 'odata.error'?: { message?: { value?: string } }; error?: { message?: { value?: string } } };
    return (parsed['odata.error'] ?? parsed.error)?.message?.value ?? message;
  } catch {
    return message;
  }
}

/** Turns whatever PnPjs or fetch threw into a failure the administration page can explain. */
export function toSiteSetupError(error: unknown): SiteSetupError {
  if (error instanceof SiteSetupError) return error;
  const shape = (typeof error === 'object' && error !== null ? error : {}) as IHttpErrorShape;
  const message = sharePointWords(shape.message ?? String(error));
  const status = shape.isHttpRequestError ? shape.status : undefined;
  if (status === 401 || status === 403) return new SiteSetupError('forbidden', message, status);
  if (status === 429 || status === 503 || status === 504) return new SiteSetupError('network', message, status);
  if (status !== undefined) return new SiteSetupError('unknown', message, status);
  if (error instanceof TypeError || /retry count exceeded|failed to fetch|fetch failed|network/i.test(message)) {
    return new SiteSetupError('network', message);
  }
  return new SiteSetupError('unknown', message);
}
