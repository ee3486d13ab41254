import { jest } from '@jest/globals';
import { loadConfig } from '../config/config.js';
import { PublicResponseCache } from './public-response-cache.js';

const cache = (seconds = 5) => new PublicResponseCache(loadConfig({ NODE_ENV: 'test', RESPONSE_CACHE_SECONDS: String(seconds) }));
const body = (text: string) => Buffer.from(text);

afterEach(() => jest.useRealTimers());

describe('PublicResponseCache', () => {
  it('serves an answer again until anything changes', () => {
    const answers = cache();
    const key = answers.key('{ a }', {}, null);
    answers.set(key, answers.current(), body('{"data":{"a":1}}'));
    expect(answers.get(key)?.toString()).toBe('{"data":{"a":1}}');
    answers.invalidate();
    expect(answers.get(key)).toBeNull();
  });

  it('never keeps an answer computed before a change that committed while it was computed', () => {
    const answers = cache();
    const key = answers.key('{ a }', null, null);
    const started = answers.current();
    answers.invalidate();
    answers.set(key, started, body('{"data":{"a":"old"}}'));
    expect(answers.get(key)).toBeNull();
  });

  it('forgets an answer after RESPONSE_CACHE_SECONDS, and keeps nothing when that is 0', () => {
    jest.useFakeTimers({ now: new Date('2026-12-01T10:00:00Z') });
    const answers = cache(5);
    const key = answers.key('{ a }', null, null);
    answers.set(key, answers.current(), body('{}'));
    jest.setSystemTime(new Date('2026-12-01T10:00:04.900Z'));
    expect(answers.get(key)).not.toBeNull();
    jest.setSystemTime(new Date('2026-12-01T10:00:05.000Z'));
    expect(answers.get(key)).toBeNull();
    expect(cache(0).enabled).toBe(false);
  });

  it('tells queries apart by their variables and operation', () => {
    const answers = cache();
    expect(answers.key('{ a }', { n: 1 }, null)).not.toBe(answers.key('{ a }', { n: 2 }, null));
    expect(answers.key('{ a }', null, 'A')).not.toBe(answers.key('{ a }', null, 'B'));
  });

  it('drops the least recently used answers beyond its memory budget, and never keeps a huge one', () => {
    const answers = cache();
    const big = Buffer.alloc(900 * 1024);
    const keys = Array.from({ length: 40 }, (_, i) => answers.key(`{ a${i} }`, null, null));
    for (const key of keys) answers.set(key, answers.current(), big);
    // 32 MiB hold 36 of these: the first four went.
    expect(keys.slice(0, 4).map((key) => answers.get(key))).toEqual([null, null, null, null]);
    expect(answers.get(keys[39]!)).not.toBeNull();
    const huge = answers.key('{ huge }', null, null);
    answers.set(huge, answers.current(), Buffer.alloc(2 * 1024 * 1024));
    expect(answers.get(huge)).toBeNull();
  });
});
