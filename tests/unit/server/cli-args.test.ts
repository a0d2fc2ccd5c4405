import { describe, expect, it } from 'vitest';
import { DEFAULT_DATA_DIR, DEFAULT_PORT, parseCliArgs } from '../../../server/cli/args';

describe('the server CLI arguments', () => {
  it('start the server on PGlite in the default directory by default', () => {
    expect(parseCliArgs([], {})).toMatchObject({ command: 'serve', port: DEFAULT_PORT, host: '127.0.0.1', dataDir: DEFAULT_DATA_DIR, databaseUrl: undefined });
  });

  it('take --port, --host, --data and DATABASE_URL', () => {
    expect(parseCliArgs(['--port', '0', '--host', '0.0.0.0', '--data', '/srv/cd'], { DATABASE_URL: 'postgres://x/y' })).toMatchObject({
      port: 0,
      host: '0.0.0.0',
      dataDir: '/srv/cd',
      databaseUrl: 'postgres://x/y',
    });
  });

  it('know the admin create and demo commands', () => {
    expect(parseCliArgs(['admin', 'create', '--employee-no', 'M1', '--name', 'n', '--password', 'p'], {})).toMatchObject({
      command: 'admin-create',
      employeeNo: 'M1',
      name: 'n',
      password: 'p',
    });
    expect(parseCliArgs(['demo'], {}).command).toBe('demo');
  });

  it('refuse unknown commands, unknown flags and bad ports, with the usage', () => {
    expect(() => parseCliArgs(['frobnicate'], {})).toThrow(/unknown command "frobnicate"[\s\S]*admin create/);
    expect(() => parseCliArgs(['--prot', '1'], {})).toThrow(/--prot/);
    expect(() => parseCliArgs(['--port', 'http'], {})).toThrow(/--port must be a port number/);
    expect(() => parseCliArgs(['--port', '70000'], {})).toThrow(/--port/);
  });
});
