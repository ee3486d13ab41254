import { createHmac, timingSafeEqual } from 'node:crypto';

/** What an unsubscribe link turns off: one kind of notification email, or one kind of digest. */
export type UnsubscribeScope = { userId: string; scope: string };

/**
 * `userId.scope.signature`, base64url: an HMAC-SHA256 with the instance's signing key, so a link works with no
 * session and cannot be forged for someone else. It does not expire: RFC 8058 asks that the link keep working.
 */
export function signUnsubscribe(key: string, { userId, scope }: UnsubscribeScope): string {
  const payload = `${userId}.${scope}`;
  return `${Buffer.from(payload).toString('base64url')}.${mac(key, payload)}`;
}

export function verifyUnsubscribe(key: string, token: string): UnsubscribeScope | null {
  const [encoded, signature] = token.split('.');
  if (!encoded || !signature) return null;
  const payload = Buffer.from(encoded, 'base64url').toString();
  const expected = Buffer.from(mac(key, payload));
  const given = Buffer.from(signature);
  if (expected.length !== given.length || !timingSafeEqual(expected, given)) return null;
  const [userId, scope] = payload.split('.');
  return userId && scope ? { userId, scope } : null;
}

function mac(key: string, payload: string): string {
  return createHmac('sha256', key).update(payload).digest('base64url');
}
