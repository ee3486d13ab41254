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
});
