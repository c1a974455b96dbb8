import type { IApiResponse } from '../apiTypes';
import { SpRequestError, jsonResponse, spDate } from '../apiTypes';
import type { IRouteContext, IRouteRequest } from './context';
import { jsonBody } from './context';

/** SP.Utilities.Utility.SendEmail: mail goes from the caller (a From in the body is not honoured) and only to people who are users of the site. */
export function sendEmail(ctx: IRouteContext, req: IRouteRequest): IApiResponse {
  const props = (jsonBody(req).properties ?? {}) as Record<string, unknown>;
  const list = (v: unknown): string[] => (Array.isArray(v) ? v.map(String) : []);
  const to = list(props.To);
  const cc = list(props.CC);
  const bcc = list(props.BCC);
  const isSiteUser = (address: string): boolean => {
    const lower = address.trim().toLowerCase();
    return ctx.store.users.some(u => u.email.toLowerCase() === lower || u.loginName.toLowerCase() === lower);
  };
  if (!to.length || ![...to, ...cc, ...bcc].every(isSiteUser)) {
    throw new SpRequestError(500, '-2130575339, Microsoft.SharePoint.SPException', 'The e-mail message cannot be sent. Make sure the e-mail has a valid recipient.');
  }
  ctx.outbox.push({
    to, cc, bcc, from: ctx.caller.email,
    subject: String(props.Subject ?? ''), body: String(props.Body ?? ''), sentBy: ctx.caller.id, sentAt: spDate(Date.now())
  });
  return jsonResponse(200, { 'odata.null': true });
}
