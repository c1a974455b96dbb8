import { createHmac, timingSafeEqual } from 'crypto';
import type { ISeedUser } from '../seed/seedTypes';
import type { IApiResponse } from './apiTypes';
import { spDate } from './apiTypes';
import { newGuid } from './listModel';
import type { Fault, IEmail, IGraphControl } from './types';
import { DroppedConnectionError } from './types';

/**
 * The slice of Microsoft Graph the Hub uses, on the emulator's origin: `POST /v1.0/me/sendMail`
 * and `GET /v1.0/me`, with Graph's status codes and error body
 * `{ error: { code, message, innerError: { date, request-id, client-request-id } } }`
 * (https://learn.microsoft.com/graph/errors). sendMail answers 202 with no body
 * (https://learn.microsoft.com/graph/api/user-sendmail) and the message lands in the outbox.
 *
 * Graph decides on the access token's delegated scopes (`scp`), so the emulator does too: in
 * SharePoint, SPFx gets the token for the signed-in user (AadTokenProvider); here the preview
 * and tests get one from `/_emulator/graph/token`, signed by the emulator, carrying Mail.Send
 * only while the permission is "granted" (as after approval in the SharePoint admin centre's
 * API access page). Without it, sendMail is refused 403 ErrorAccessDenied.
 */

export const GRAPH_VERSION_PREFIX = '/v1.0/';
export const GRAPH_TOKEN_PATH = '/_emulator/graph/token';
/** SharePoint Online Client Extensibility's default delegated scope; Mail.Send is added when approved. */
const BASE_SCOPES = ['User.Read'];
const TOKEN_LIFETIME_SECONDS = 3600;

export function isGraphPath(path: string): boolean {
  const lower = path.toLowerCase();
  return lower.startsWith(GRAPH_VERSION_PREFIX) || lower === GRAPH_TOKEN_PATH;
}

interface IGraphDeps {
  identify(headers: Headers): ISeedUser | undefined;
  userById(id: number): ISeedUser | undefined;
  outbox: IEmail[];
  secret: Buffer;
  granted: boolean;
}

const toBase64url = (bytes: Buffer): string => bytes.toString('base64').replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
const fromBase64url = (text: string): Buffer => Buffer.from(text.replace(/-/g, '+').replace(/_/g, '/'), 'base64');
const base64url = (text: string): string => toBase64url(Buffer.from(text, 'utf8'));

function graphError(status: number, code: string, message: string, req: Request, headers: Record<string, string> = {}): IApiResponse {
  const requestId = newGuid();
  return {
    status,
    headers: { 'Content-Type': 'application/json', 'request-id': requestId, ...headers },
    body: JSON.stringify({ error: { code, message, innerError: {
      date: spDate(Date.now()), 'request-id': requestId, 'client-request-id': req.headers.get('client-request-id') ?? requestId
    } } })
  };
}

export function createGraphMail(deps: IGraphDeps): { control: IGraphControl; handle(req: Request, takeFault: () => Fault | undefined): Promise<IApiResponse> } {
  const control: IGraphControl = { mailSendGranted: deps.granted };

  function issueToken(user: ISeedUser): string {
    const now = Math.floor(Date.now() / 1000);
    const header = base64url(JSON.stringify({ typ: 'JWT', alg: 'HS256' }));
    const payload = base64url(JSON.stringify({
      aud: 'https://graph.microsoft.com', iat: now, exp: now + TOKEN_LIFETIME_SECONDS, oid: String(user.id),
      upn: user.email, name: user.title, scp: [...BASE_SCOPES, ...(control.mailSendGranted ? ['Mail.Send'] : [])].join(' ')
    }));
    const signature = toBase64url(createHmac('sha256', deps.secret).update(`${header}.${payload}`).digest());
    return `${header}.${payload}.${signature}`;
  }

  /** The token's user and scopes, when the emulator signed it and it has not expired. */
  function readToken(req: Request): { user: ISeedUser; scopes: string[] } | undefined {
    const match = /^Bearer\s+([\w-]+)\.([\w-]+)\.([\w-]+)$/.exec(req.headers.get('authorization') ?? '');
    if (!match) return undefined;
    const expected = createHmac('sha256', deps.secret).update(`${match[1]}.${match[2]}`).digest();
    const given = fromBase64url(match[3]);
    if (given.length !== expected.length || !timingSafeEqual(given, expected)) return undefined;
    const claims = JSON.parse(fromBase64url(match[2]).toString('utf8')) as { oid: string; scp: string; exp: number };
    if (claims.exp * 1000 < Date.now()) return undefined;
    const user = deps.userById(Number(claims.oid));
    return user ? { user, scopes: claims.scp.split(' ') } : undefined;
  }

  async function sendMail(req: Request, user: ISeedUser, scopes: string[]): Promise<IApiResponse> {
    if (!scopes.includes('Mail.Send')) return graphError(403, 'ErrorAccessDenied', 'Access is denied. Check credentials and try again.', req);
    let body: { message?: { subject?: unknown; body?: { content?: unknown }; toRecipients?: unknown; ccRecipients?: unknown; bccRecipients?: unknown }; saveToSentItems?: unknown };
    try {
      body = JSON.parse(await req.text()) as typeof body;
    } catch {
      return graphError(400, 'BadRequest', 'Unable to read JSON request payload. Please ensure Content-Type header is set and payload is of valid JSON format.', req);
    }
    const addresses = (v: unknown): string[] => (Array.isArray(v)
      ? v.map(r => String((r as { emailAddress?: { address?: unknown } } | null)?.emailAddress?.address ?? '')) : []);
    const to = addresses(body.message?.toRecipients);
    const cc = addresses(body.message?.ccRecipients);
    const bcc = addresses(body.message?.bccRecipients);
    if (!body.message || ![...to, ...cc, ...bcc].length) {
      return graphError(400, 'ErrorInvalidRecipients', 'At least one recipient is not valid., Recipient is missing.', req);
    }
    if ([...to, ...cc, ...bcc].some(a => !/^[^@\s]+@[^@\s]+$/.test(a))) {
      return graphError(400, 'ErrorInvalidRecipients', 'At least one recipient is not valid.', req);
    }
    deps.outbox.push({
      to, cc, bcc, from: user.email, subject: String(body.message.subject ?? ''), body: String(body.message.body?.content ?? ''),
      sentBy: user.id, sentAt: spDate(Date.now())
    });
    return { status: 202, headers: {}, body: '' };
  }

  async function handle(req: Request, takeFault: () => Fault | undefined): Promise<IApiResponse> {
    const path = new URL(req.url).pathname.toLowerCase();
    if (path === GRAPH_TOKEN_PATH) {
      // Entra ID's part, not Graph's: no Graph faults, the signed-in session decides who.
      const user = deps.identify(req.headers);
      if (!user) return graphError(401, 'InvalidAuthenticationToken', 'Nobody is signed in to the emulator.', req);
      return { status: 200, headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ access_token: issueToken(user), token_type: 'Bearer', expires_in: TOKEN_LIFETIME_SECONDS }) };
    }
    const fault = takeFault();
    if (fault?.kind === 'drop') throw new DroppedConnectionError();
    if (fault?.kind === 'status') {
      // https://learn.microsoft.com/graph/throttling: 429 with a Retry-After in seconds.
      const headers: Record<string, string> = fault.retryAfterSeconds === undefined ? {} : { 'Retry-After': String(fault.retryAfterSeconds) };
      return fault.status === 429
        ? graphError(429, 'TooManyRequests', 'Too many requests. Please retry after the time given in the Retry-After header.', req, headers)
        : graphError(fault.status, 'ServiceUnavailable', 'The service is temporarily unavailable. Please retry later.', req, headers);
    }
    const token = readToken(req);
    if (!token) return graphError(401, 'InvalidAuthenticationToken', 'Access token is empty or not valid.', req);
    let answer: IApiResponse;
    if (path === '/v1.0/me/sendmail') {
      answer = req.method === 'POST' ? await sendMail(req, token.user, token.scopes)
        : graphError(405, 'Request_BadRequest', 'The HTTP method is not allowed on this resource.', req);
    } else if (path === '/v1.0/me' && req.method === 'GET') {
      answer = {
        status: 200, headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({
          '@odata.context': 'https://graph.microsoft.com/v1.0/$metadata#users/$entity',
          id: String(token.user.id), displayName: token.user.title, mail: token.user.email, userPrincipalName: token.user.email
        })
      };
    } else {
      answer = graphError(400, 'BadRequest', `Resource not found for the segment '${path.split('/').pop() ?? ''}'.`, req);
    }
    if (fault?.kind === 'dropAfter') throw new DroppedConnectionError();
    return answer;
  }

  return { control, handle };
}
