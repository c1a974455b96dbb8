import type { INotificationMessage, INotifier, NotificationResult } from './INotifier';

/**
 * The part of a Microsoft Graph client the notifier uses. SPFx's MSGraphClientV3
 * (`context.msGraphClientFactory.getClient('3')`) satisfies it, and so does the fetch
 * client the preview and tests point at the emulator (tools/preview/fetchGraphClient.ts).
 * https://learn.microsoft.com/sharepoint/dev/spfx/use-msgraph
 */
export interface IGraphClient {
  api(path: string): { post(content: unknown): Promise<unknown> };
}

/**
 * What a failed call throws. MSGraphClientV3 throws the Graph client library's GraphError
 * (`statusCode`, `code` from Graph's `{ error: { code, message, innerError } }` body,
 * https://learn.microsoft.com/graph/errors); the fetch client adds `retryAfterSeconds`.
 */
interface IGraphFailure {
  statusCode?: number;
  code?: unknown;
  message?: string;
  retryAfterSeconds?: number;
}

export interface IGraphNotifierOptions {
  /** A 429 whose Retry-After is at most this is tried once more after waiting; longer is reported. */
  longestWaitSeconds?: number;
  wait?: (ms: number) => Promise<void>;
}

const realWait = (ms: number): Promise<void> => new Promise(resolve => setTimeout(resolve, ms));

/**
 * Sends as the signed-in user with `POST /me/sendMail`: Graph answers 202 with no body and
 * saves the message to the sender's Sent Items, so the member keeps a copy of what they
 * sent (https://learn.microsoft.com/graph/api/user-sendmail). Needs the delegated
 * Mail.Send permission, requested in package-solution.json's webApiPermissionRequests and
 * approved in the SharePoint admin centre (https://learn.microsoft.com/sharepoint/api-access).
 */
export class GraphNotifier implements INotifier {
  private readonly longestWaitSeconds: number;
  private readonly wait: (ms: number) => Promise<void>;

  public constructor(private readonly client: () => Promise<IGraphClient>, options: IGraphNotifierOptions = {}) {
    this.longestWaitSeconds = options.longestWaitSeconds ?? 5;
    this.wait = options.wait ?? realWait;
  }

  public async send(message: INotificationMessage): Promise<NotificationResult> {
    const to = message.to.filter(r => r.email.trim());
    if (!to.length) return { sent: false, reason: 'no-recipient' };
    const body = {
      message: {
        subject: message.subject,
        body: { contentType: 'Text', content: message.body },
        toRecipients: to.map(r => ({ emailAddress: { address: r.email, ...(r.name.trim() ? { name: r.name } : {}) } }))
      },
      saveToSentItems: true
    };
    for (let attempt = 1; ; attempt++) {
      let failure: IGraphFailure;
      try {
        await (await this.client()).api('/me/sendMail').post(body);
        return { sent: true };
      } catch (error) {
        failure = (error ?? {}) as IGraphFailure;
      }
      const result = resultOf(failure);
      // Graph asks to wait before trying again (https://learn.microsoft.com/graph/throttling);
      // SPFx's client already retries 429s itself, so this matters mostly for other clients.
      const waitFor = result.sent ? undefined : result.retryAfterSeconds;
      if (attempt === 1 && !result.sent && result.reason === 'throttled' && waitFor !== undefined && waitFor <= this.longestWaitSeconds) {
        await this.wait(waitFor * 1000);
        continue;
      }
      return result;
    }
  }
}

function resultOf(failure: IGraphFailure): NotificationResult {
  const retry = typeof failure.retryAfterSeconds === 'number' ? { retryAfterSeconds: failure.retryAfterSeconds } : {};
  if (failure.statusCode === 429) return { sent: false, reason: 'throttled', ...retry };
  // Without Mail.Send in the token Graph refuses with 403 ErrorAccessDenied; a token that cannot
  // be had for want of consent fails in Entra ID with AADSTS65001 before Graph is reached.
  if (failure.statusCode === 403 || /AADSTS65001|consent/i.test(failure.message ?? '')) return { sent: false, reason: 'not-granted' };
  return { sent: false, reason: 'failed', ...retry };
}
