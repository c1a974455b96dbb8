import type { IGraphClient } from '../../src/data/notifications/GraphNotifier';
import type { ITokenProvider } from '../../src/data/notifications/mailPermission';

/**
 * Microsoft Graph for the preview and tests, pointed at the emulator's Graph endpoint: the
 * same two interfaces SPFx's MSGraphClientV3 and AadTokenProvider are used through, so the
 * product code runs unchanged. Failures are thrown as the Graph client library's GraphError
 * carries them (`statusCode`, `code`, `message`), plus `retryAfterSeconds` from Retry-After.
 */
export interface IFetchGraph {
  client: IGraphClient;
  tokens: ITokenProvider;
}

export interface IGraphFailure extends Error {
  statusCode: number;
  code: string | null;
  retryAfterSeconds?: number;
}

export function createFetchGraph(origin: string, options: { headers?: Record<string, string>; fetch?: typeof fetch } = {}): IFetchGraph {
  const doFetch = options.fetch ?? ((input: RequestInfo | URL, init?: RequestInit) => fetch(input, init));
  const headers = options.headers ?? {};
  const tokens: ITokenProvider = {
    async getToken(): Promise<string> {
      // The browser's session cookie (or a test's identity header) says who, as SPFx's page session does.
      const response = await doFetch(`${origin}/_emulator/graph/token`, { headers, credentials: 'same-origin' });
      if (!response.ok) throw await failureOf(response);
      return ((await response.json()) as { access_token: string }).access_token;
    }
  };
  const client: IGraphClient = {
    api: (path: string) => ({
      async post(content: unknown): Promise<unknown> {
        const token = await tokens.getToken('https://graph.microsoft.com');
        const response = await doFetch(`${origin}/v1.0/${path.replace(/^\/+/, '')}`, {
          method: 'POST', credentials: 'same-origin',
          headers: { ...headers, Authorization: `Bearer ${token}`, 'Content-Type': 'application/json' },
          body: JSON.stringify(content)
        });
        if (!response.ok) throw await failureOf(response);
        const text = await response.text();
        return text ? JSON.parse(text) as unknown : undefined;
      }
    })
  };
  return { client, tokens };
}

async function failureOf(response: Response): Promise<IGraphFailure> {
  let code: string | null = null;
  let message = response.statusText;
  try {
    const body = (await response.json()) as { error?: { code?: string; message?: string } };
    code = body.error?.code ?? null;
    message = body.error?.message ?? message;
  } catch {
    // Not Graph's JSON (a proxy's page): the status says enough.
  }
  const failure = new Error(message) as IGraphFailure;
  failure.statusCode = response.status;
  failure.code = code;
  const retryAfter = Number(response.headers.get('Retry-After'));
  if (response.headers.has('Retry-After') && Number.isFinite(retryAfter)) failure.retryAfterSeconds = retryAfter;
  return failure;
}
