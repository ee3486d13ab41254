import { Webhook } from 'standardwebhooks';
import { newWebhookSecret, webhookHeaders } from './webhook-signing.js';

describe('Standard Webhooks signatures', () => {
  it('verifies with the standardwebhooks package, and with either secret during a rotation', () => {
    const current = newWebhookSecret();
    const previous = newWebhookSecret();
    const body = JSON.stringify({ type: 'webhook.test', timestamp: new Date().toISOString(), data: { n: 1 } });
    const timestamp = Math.floor(Date.now() / 1000);
    const one = webhookHeaders([current], 'msg_1', timestamp, body);
    expect(new Webhook(current).verify(body, one)).toEqual(JSON.parse(body));
    expect(() => new Webhook(previous).verify(body, one)).toThrow(/No matching signature/);
    const both = webhookHeaders([current, previous], 'msg_1', timestamp, body);
    expect(both['webhook-signature'].split(' ')).toHaveLength(2);
    expect(new Webhook(current).verify(body, both)).toEqual(JSON.parse(body));
    expect(new Webhook(previous).verify(body, both)).toEqual(JSON.parse(body));
    expect(() => new Webhook(current).verify(`${body} `, both)).toThrow();
  });

  it('makes secrets of 32 random bytes behind whsec_', () => {
    const secret = newWebhookSecret();
    expect(secret).toMatch(/^whsec_/);
    expect(Buffer.from(secret.slice(6), 'base64')).toHaveLength(32);
    expect(newWebhookSecret()).not.toBe(secret);
  });
});
