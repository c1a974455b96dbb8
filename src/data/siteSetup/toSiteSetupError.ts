import { HubDataError, toHubDataError } from '../hubDataError';

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

/**
 * The Hub's one error type, worded for the administration page: SharePoint's own sentence,
 * and a 404 is not "lists missing" here (the set-up reads groups and levels, not our lists).
 */
export function toSiteSetupError(error: unknown): HubDataError {
  if (error instanceof HubDataError) return error;
  const general = toHubDataError(error);
  const kind = general.kind === 'listsMissing' ? 'unknown' : general.kind;
  return new HubDataError(kind, sharePointWords(general.message), general.status);
}
