import { createHmac, timingSafeEqual } from 'crypto';
import type { ISeedUser } from '../seed/seedTypes';
import type { IGraphControl } from './types';

/**
 * Access tokens for the emulator's Microsoft Graph (its endpoints are rows of the route table
 * under the 'graph' root, handled in routes/graphMail.ts).
 *
 * Graph decides on the access token's delegated scopes (`scp`), so the emulator does too: in
 * SharePoint, SPFx gets the token for the signed-in user (AadTokenProvider); here the preview
 * and tests get one from `/_emulator/graph/token` (Entra ID's part, served beside the other
 * `/_emulator/` controls, not under Graph's root), signed by the emulator, carrying Mail.Send
 * only while the permission is "granted" (as after approval in the SharePoint admin centre's
 * API access page). Without it, sendMail is refused 403 ErrorAccessDenied.
 */

export const GRAPH_TOKEN_CONTROL = 'graph/token';
/** SharePoint Online Client Extensibility's default delegated scope; Mail.Send is added when approved. */
const BASE_SCOPES = ['User.Read'];
export const TOKEN_LIFETIME_SECONDS = 3600;

interface IGraphTokenDeps {
  userById(id: number): ISeedUser | undefined;
  secret: Buffer;
  granted: boolean;
}

export interface IGraphTokens {
  /** The switch and the issuer, as the emulator exposes them. */
  control: IGraphControl;
  /** The token's user and scopes, when the emulator signed it and it has not expired. */
  read(headers: Headers): { user: ISeedUser; scopes: string[] } | undefined;
}

const toBase64url = (bytes: Buffer): string => bytes.toString('base64').replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
const fromBase64url = (text: string): Buffer => Buffer.from(text.replace(/-/g, '+').replace(/_/g, '/'), 'base64');
const base64url = (text: string): string => toBase64url(Buffer.from(text, 'utf8'));

export function createGraphTokens(deps: IGraphTokenDeps): IGraphTokens {
  const control: IGraphControl = {
    mailSendGranted: deps.granted,
    issueToken(user: ISeedUser): string {
      const now = Math.floor(Date.now() / 1000);
      const header = base64url(JSON.stringify({ typ: 'JWT', alg: 'HS256' }));
      const payload = base64url(JSON.stringify({
        aud: 'https://graph.microsoft.com', iat: now, exp: now + TOKEN_LIFETIME_SECONDS, oid: String(user.id),
        upn: user.email, name: user.title, scp: [...BASE_SCOPES, ...(control.mailSendGranted ? ['Mail.Send'] : [])].join(' ')
      }));
      const signature = toBase64url(createHmac('sha256', deps.secret).update(`${header}.${payload}`).digest());
      return `${header}.${payload}.${signature}`;
    }
  };

  function read(headers: Headers): { user: ISeedUser; scopes: string[] } | undefined {
    const match = /^Bearer\s+([\w-]+)\.([\w-]+)\.([\w-]+)$/.exec(headers.get('authorization') ?? '');
    if (!match) return undefined;
    const expected = createHmac('sha256', deps.secret).update(`${match[1]}.${match[2]}`).digest();
    const given = fromBase64url(match[3]);
    if (given.length !== expected.length || !timingSafeEqual(given, expected)) return undefined;
    const claims = JSON.parse(fromBase64url(match[2]).toString('utf8')) as { oid: string; scp: string; exp: number };
    if (claims.exp * 1000 < Date.now()) return undefined;
    const user = deps.userById(Number(claims.oid));
    return user ? { user, scopes: claims.scp.split(' ') } : undefined;
  }

  return { control, read };
}
