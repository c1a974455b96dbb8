/**
 * How the Hub tells people things, whatever carries the message. Services know this
 * interface only; GraphNotifier sends through Microsoft Graph as the signed-in user.
 */

/** A site user: notifications never go to an address typed into a form. */
export interface IRecipient {
  name: string;
  email: string;
}

/** Plain text: nothing a member typed can become markup in someone's mailbox. */
export interface INotificationMessage {
  to: IRecipient[];
  subject: string;
  body: string;
}

/**
 * not-granted: Microsoft Graph's Mail.Send has not been approved for SharePoint's client
 * (the admin must approve it); throttled: Graph said 429 and to wait; failed: anything
 * else (an outage, a refused recipient); no-recipient: nobody with an address to tell.
 */
export type NotificationFailure = 'not-granted' | 'throttled' | 'failed' | 'no-recipient';

export type NotificationResult =
  | { readonly sent: true }
  | { readonly sent: false; readonly reason: NotificationFailure; readonly retryAfterSeconds?: number };

export interface INotifier {
  /** Never throws: a message that could not go is a result, so the save that prompted it stands. */
  send(message: INotificationMessage): Promise<NotificationResult>;
}
