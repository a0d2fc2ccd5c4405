import { describe, expect, it } from 'vitest';
import { isLoopbackHost, parseServerAddress } from '../../../core/server-link/server-address';

describe('the server address a person types', () => {
  it('is kept as its base address: https:// added when missing, no trailing slash or /api/v1', () => {
    expect(parseServerAddress(' desk.example.com ')).toEqual({ ok: true, url: 'https://desk.example.com' });
    expect(parseServerAddress('https://desk.example.com:8443/complaints/api/v1/')).toEqual({ ok: true, url: 'https://desk.example.com:8443/complaints' });
    expect(parseServerAddress('HTTPS://Desk.Example.com/')).toEqual({ ok: true, url: 'https://desk.example.com' });
  });

  it('takes plain http:// only to this machine', () => {
    expect(parseServerAddress('http://127.0.0.1:8470')).toEqual({ ok: true, url: 'http://127.0.0.1:8470' });
    expect(parseServerAddress('http://localhost:8470')).toEqual({ ok: true, url: 'http://localhost:8470' });
    expect(parseServerAddress('http://[::1]:8470')).toEqual({ ok: true, url: 'http://[::1]:8470' });
    expect(parseServerAddress('http://10.0.0.5')).toEqual({ ok: false, problem: 'insecure' });
    expect(parseServerAddress('http://127.0.0.1.evil.example')).toEqual({ ok: false, problem: 'insecure' });
  });

  it('refuses what is not an address of a web server', () => {
    for (const typed of ['', '   ', 'ftp://desk.example.com', 'https://user:pw@desk.example.com', 'https://desk.example.com/?a=1', 'http://', 'not a url']) {
      expect(parseServerAddress(typed), typed).toEqual({ ok: false, problem: 'invalid' });
    }
  });

  it('knows loopback hosts', () => {
    expect(isLoopbackHost('127.8.9.10')).toBe(true);
    expect(isLoopbackHost('128.0.0.1')).toBe(false);
  });
});
