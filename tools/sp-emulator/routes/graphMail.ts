import type { IApiResponse } from '../apiTypes';
import { SpRequestError, spDate } from '../apiTypes';
import type { IRouteContext, IRouteRequest } from './context';

/**
 * The slice of Microsoft Graph the Hub uses. The caller is whoever the Bearer token names (the
 * pipeline checked it, see ROOTS.graph); Graph decides on the token's delegated scopes, so these
 * do too. Errors thrown here carry Graph's codes and reach the client in Graph's error body.
 */

const GRAPH_JSON = { 'Content-Type': 'application/json' };

/** https://learn.microsoft.com/graph/api/user-sendmail: 202 and no body; the message lands in the outbox. */
export function sendMail(ctx: IRouteContext, req: IRouteRequest): IApiResponse {
  if (!(req.scopes ?? []).includes('Mail.Send')) throw new SpRequestError(403, 'ErrorAccessDenied', 'Access is denied. Check credentials and try again.');
  let body: { message?: { subject?: unknown; body?: { content?: unknown }; toRecipients?: unknown; ccRecipients?: unknown; bccRecipients?: unknown } };
  try {
    body = JSON.parse(req.body) as typeof body;
  } catch {
    throw new SpRequestError(400, 'BadRequest', 'Unable to read JSON request payload. Please ensure Content-Type header is set and payload is of valid JSON format.');
  }
  const addresses = (v: unknown): string[] => (Array.isArray(v)
    ? v.map(r => String((r as { emailAddress?: { address?: unknown } } | null)?.emailAddress?.address ?? '')) : []);
  const to = addresses(body?.message?.toRecipients);
  const cc = addresses(body?.message?.ccRecipients);
  const bcc = addresses(body?.message?.bccRecipients);
  if (!body?.message || ![...to, ...cc, ...bcc].length) {
    throw new SpRequestError(400, 'ErrorInvalidRecipients', 'At least one recipient is not valid., Recipient is missing.');
  }
  if ([...to, ...cc, ...bcc].some(a => !/^[^@\s]+@[^@\s]+$/.test(a))) {
    throw new SpRequestError(400, 'ErrorInvalidRecipients', 'At least one recipient is not valid.');
  }
  ctx.outbox.push({
    to, cc, bcc, from: ctx.caller.email, subject: String(body.message.subject ?? ''), body: String(body.message.body?.content ?? ''),
    sentBy: ctx.caller.id, sentAt: spDate(Date.now())
  });
  return { status: 202, headers: {}, body: '' };
}

/** https://learn.microsoft.com/graph/api/user-get: the signed-in user. */
export function me(ctx: IRouteContext): IApiResponse {
  return {
    status: 200, headers: GRAPH_JSON,
    body: JSON.stringify({
      '@odata.context': 'https://graph.microsoft.com/v1.0/$metadata#users/$entity',
      id: String(ctx.caller.id), displayName: ctx.caller.title, mail: ctx.caller.email, userPrincipalName: ctx.caller.email
    })
  };
}
