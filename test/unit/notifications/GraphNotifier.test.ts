import { GraphNotifier, type IGraphClient } from '../../../src/data/notifications/GraphNotifier';
import { checkMailPermission, delegatedScopes } from '../../../src/data/notifications/mailPermission';

const message = { to: [{ name: 'Jane Smith', email: 'jane.smith@council.example' }], subject: 'Visit request to decide: Riverside Depot', body: 'Body' };

/** A Graph client that records what it was asked and answers from a script (a thrown value is Graph's failure). */
function scripted(...answers: unknown[]): { client: IGraphClient; calls: { path: string; body: unknown }[] } {
  const calls: { path: string; body: unknown }[] = [];
  const client: IGraphClient = {
    api: path => ({
      post: async body => {
        calls.push({ path, body });
        const answer = answers.shift();
        if (answer instanceof Error || (answer && typeof answer === 'object')) throw answer;
        return undefined;
      }
    })
  };
  return { client, calls };
}
const failure = (statusCode: number, code: string, extra: Record<string, unknown> = {}): Error =>
  Object.assign(new Error(code), { statusCode, code, ...extra });

describe('GraphNotifier', () => {
  it('posts Graph\u2019s sendMail body as plain text, saved to the sender\u2019s Sent Items', async () => {
    const { client, calls } = scripted(undefined);
    await expect(new GraphNotifier(async () => client).send(message)).resolves.toEqual({ sent: true });
    expect(calls).toEqual([{ path: '/me/sendMail', body: {
      message: { subject: message.subject, body: { contentType: 'Text', content: 'Body' },
        toRecipients: [{ emailAddress: { address: 'jane.smith@council.example', name: 'Jane Smith' } }] },
      saveToSentItems: true
    } }]);
  });

  it('reports a refused Mail.Send (403 ErrorAccessDenied) as not granted, without retrying', async () => {
    const { client, calls } = scripted(failure(403, 'ErrorAccessDenied'));
    await expect(new GraphNotifier(async () => client).send(message)).resolves.toEqual({ sent: false, reason: 'not-granted' });
    expect(calls).toHaveLength(1);
  });

  it('reports no consent for the token (AADSTS65001) as not granted', async () => {
    const notifier = new GraphNotifier(async () => { throw new Error('AADSTS65001: The user or administrator has not consented to use the application'); });
    await expect(notifier.send(message)).resolves.toEqual({ sent: false, reason: 'not-granted' });
  });

  it('waits out a short Retry-After once, then sends', async () => {
    const waits: number[] = [];
    const { client, calls } = scripted(failure(429, 'TooManyRequests', { retryAfterSeconds: 2 }), undefined);
    const notifier = new GraphNotifier(async () => client, { wait: async ms => { waits.push(ms); } });
    await expect(notifier.send(message)).resolves.toEqual({ sent: true });
    expect(waits).toEqual([2000]);
    expect(calls).toHaveLength(2);
  });

  it('reports a long Retry-After as throttled at once, with the wait Graph asked for', async () => {
    const { client, calls } = scripted(failure(429, 'TooManyRequests', { retryAfterSeconds: 120 }));
    await expect(new GraphNotifier(async () => client).send(message)).resolves.toEqual({ sent: false, reason: 'throttled', retryAfterSeconds: 120 });
    expect(calls).toHaveLength(1);
  });

  it('reports an outage as failed and nobody with an address as no-recipient, never throwing', async () => {
    const { client } = scripted(failure(503, 'ServiceUnavailable'));
    await expect(new GraphNotifier(async () => client).send(message)).resolves.toEqual({ sent: false, reason: 'failed' });
    await expect(new GraphNotifier(async () => client).send({ ...message, to: [{ name: 'Nobody', email: ' ' }] }))
      .resolves.toEqual({ sent: false, reason: 'no-recipient' });
  });
});

const token = (claims: Record<string, unknown>): string =>
  `e30.${Buffer.from(JSON.stringify(claims)).toString('base64').replace(/=+$/, '').replace(/\+/g, '-').replace(/\//g, '_')}.sig`;

describe('whether Mail.Send has been granted, from the Graph token\u2019s scp claim', () => {
  it('reads the delegated scopes of a token (names in any script)', () => {
    expect(delegatedScopes(token({ scp: 'User.Read Mail.Send', name: 'Zoë Hart' }))).toEqual(['User.Read', 'Mail.Send']);
    expect(delegatedScopes('not a token')).toBeUndefined();
  });

  it('says granted, not granted (with what the token has) or could not be checked', async () => {
    await expect(checkMailPermission({ getToken: async () => token({ scp: 'User.Read Mail.Send' }) })).resolves.toEqual({ state: 'granted' });
    await expect(checkMailPermission({ getToken: async () => token({ scp: 'User.Read' }) })).resolves.toEqual({ state: 'notGranted', scopes: ['User.Read'] });
    await expect(checkMailPermission({ getToken: async () => { throw new Error('AADSTS65001: consent required'); } })).resolves.toEqual({ state: 'notGranted', scopes: [] });
    await expect(checkMailPermission({ getToken: async () => { throw new Error('Token request timed out'); } }))
      .resolves.toEqual({ state: 'unknown', detail: 'Token request timed out' });
  });
});
