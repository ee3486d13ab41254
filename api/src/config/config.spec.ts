import { ConfigError, loadConfig } from './config.js';

describe('loadConfig', () => {
  it('defaults to port 3000, the embedded database and demo accounts', () => {
    const config = loadConfig({});
    expect(config).toMatchObject({ port: 3000, databaseUrl: undefined, demoSeed: true, publicUrl: 'http://localhost:3000' });
    expect(config.dataDir).toMatch(/\.data$/);
  });

  it('turns demo accounts off by default on a database server', () => {
    expect(loadConfig({ DATABASE_URL: 'postgresql://db/ocmf' }).demoSeed).toBe(false);
    expect(loadConfig({ DATABASE_URL: 'postgresql://db/ocmf', DEMO_SEED: 'true' }).demoSeed).toBe(true);
  });

  it('treats an empty variable as unset', () => {
    expect(loadConfig({ DATABASE_URL: '', PORT: '' })).toMatchObject({ databaseUrl: undefined, port: 3000 });
  });

  it('reports every invalid variable at once, by name, with the value it got', () => {
    let error: unknown;
    try {
      loadConfig({ PORT: 'eighty', DATABASE_URL: 'mysql://x', PUBLIC_URL: 'not a url' });
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(ConfigError);
    const problems = (error as ConfigError).problems;
    expect(problems).toHaveLength(3);
    expect(problems.find((p) => p.startsWith('PORT:'))).toContain('"eighty"');
    expect(problems.find((p) => p.startsWith('DATABASE_URL:'))).toContain('postgres:// or postgresql://');
    expect(problems.some((p) => p.startsWith('PUBLIC_URL:'))).toBe(true);
  });

  it('reads the webhook retry schedule as seconds, and refuses one that is not', () => {
    expect(loadConfig({}).webhookRetrySchedule).toEqual([5, 300, 1800, 7200, 18_000, 36_000, 36_000]);
    expect(loadConfig({ WEBHOOK_RETRY_SCHEDULE: '1, 2,3' }).webhookRetrySchedule).toEqual([1, 2, 3]);
    expect(() => loadConfig({ WEBHOOK_RETRY_SCHEDULE: '5,soon' })).toThrow(/WEBHOOK_RETRY_SCHEDULE: must be whole numbers/);
    expect(() => loadConfig({ WEBHOOK_RETRY_SCHEDULE: '0,5' })).toThrow(/from 1 second to 7 days/);
  });

  it('never lets webhooks reach private addresses in production, whatever WEBHOOKS_ALLOW_PRIVATE says', () => {
    expect(loadConfig({}).webhooksAllowPrivate).toBe(false);
    expect(loadConfig({ WEBHOOKS_ALLOW_PRIVATE: 'true' }).webhooksAllowPrivate).toBe(true);
    expect(loadConfig({ WEBHOOKS_ALLOW_PRIVATE: 'true', NODE_ENV: 'production' })).toMatchObject({
      webhooksAllowPrivate: false,
      webhooksAllowPrivateIgnored: true,
    });
  });
});
