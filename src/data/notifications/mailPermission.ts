/** The delegated Microsoft Graph permission the Hub asks for (package-solution.json, webApiPermissionRequests). */
export const MAIL_SEND_SCOPE = 'Mail.Send';
/** The resource SPFx's AadTokenProvider is asked for a token for. */
export const GRAPH_RESOURCE = 'https://graph.microsoft.com';

/**
 * SPFx's token provider (`context.aadTokenProviderFactory.getTokenProvider()`,
 * https://learn.microsoft.com/javascript/api/sp-http-base/aadtokenproviderfactory) and the
 * preview's stand-in, which asks the emulator.
 */
export interface ITokenProvider {
  getToken(resource: string): Promise<string>;
}

import type { MailPermission } from '../../domain/siteSetup/types';

export type { MailPermission };

/** The space-separated `scp` claim of a JWT access token; undefined when it is not one. */
export function delegatedScopes(token: string): string[] | undefined {
  const payload = token.split('.')[1];
  if (!payload) return undefined;
  try {
    const base64 = payload.replace(/-/g, '+').replace(/_/g, '/');
    const padded = base64 + '='.repeat((4 - (base64.length % 4)) % 4);
    const json = JSON.parse(decodeBase64(padded)) as { scp?: unknown };
    return typeof json.scp === 'string' ? json.scp.split(' ').filter(Boolean) : [];
  } catch {
    return undefined;
  }
}

/** UTF-8 JSON out of base64 (atob gives bytes as characters; names in a token can be any script). */
function decodeBase64(text: string): string {
  return decodeURIComponent(Array.from(atob(text), c => `%${c.charCodeAt(0).toString(16).padStart(2, '0')}`).join(''));
}

/**
 * Whether Graph's Mail.Send has been approved for SharePoint's client, read from the scopes
 * in the Graph token SPFx gets for the signed-in user: an approved permission is in every
 * such token. Asking costs no email and needs no permission of its own.
 */
export async function checkMailPermission(tokens: ITokenProvider): Promise<MailPermission> {
  let token: string;
  try {
    token = await tokens.getToken(GRAPH_RESOURCE);
  } catch (error) {
    const detail = (error as { message?: string } | null)?.message ?? String(error);
    // No token at all for want of consent is the same answer: nothing has been approved.
    if (/AADSTS65001|consent/i.test(detail)) return { state: 'notGranted', scopes: [] };
    return { state: 'unknown', detail };
  }
  const scopes = delegatedScopes(token);
  if (!scopes) return { state: 'unknown', detail: 'The token for Microsoft Graph could not be read.' };
  return scopes.some(s => s.toLowerCase() === MAIL_SEND_SCOPE.toLowerCase()) ? { state: 'granted' } : { state: 'notGranted', scopes };
}
