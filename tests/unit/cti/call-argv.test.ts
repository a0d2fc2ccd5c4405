import { describe, expect, it } from 'vitest';
import { parseCallArgv } from '../../../shared/domain/cti/call-argv';
import { CtiParseError } from '../../../shared/domain/cti/cti-parse-error';

const EXE = 'C:\\Program Files\\Complaint Desk\\Complaint Desk.exe';

describe('the command line', () => {
  it("reads MicroSIP's cmdIncomingCall: the caller's number as the last argument", () => {
    expect(parseCallArgv([EXE, '13800138000'])).toEqual({
      kind: 'incoming',
      callId: null,
      direction: 'in',
      from: '13800138000',
      to: '',
      users: [],
      queue: null,
      source: 'argv',
    });
  });

  it('ignores the Electron and Chromium switches of a second instance', () => {
    const argv = [EXE, '--allow-file-access-from-files', '--original-process-start-time=13380000000', '010-12345678', '--enable-features=X'];
    expect(parseCallArgv(argv)?.from).toBe('010-12345678');
    expect(parseCallArgv(['/usr/lib/electron/electron', '.', '+8613800138000'])?.from).toBe('+8613800138000');
  });

  it('passes a complaintdesk:// URL (how Windows opens the protocol) to the URL parser', () => {
    expect(parseCallArgv([EXE, '--flag', 'complaintdesk://call?from=13800138000&callId=u-1'])).toMatchObject({
      source: 'url',
      callId: 'u-1',
    });
  });

  it('gives null for an ordinary start', () => {
    expect(parseCallArgv([EXE])).toBeNull();
    expect(parseCallArgv(['/usr/lib/electron/electron', '.'])).toBeNull();
    expect(parseCallArgv(['/usr/lib/electron/electron', '/home/agent/app', '--no-sandbox'])).toBeNull();
    expect(parseCallArgv([])).toBeNull();
  });

  it('refuses a malformed call URL on the command line', () => {
    expect(() => parseCallArgv([EXE, 'complaintdesk://call?from=%number%'])).toThrow(CtiParseError);
  });
});
