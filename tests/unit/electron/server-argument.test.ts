import { describe, expect, it } from 'vitest';
import { serverArgument } from '../../../electron/main/server-argument';
import { parseCallArgv } from '../../../shared/domain/cti/call-argv';

describe('--server=URL on the Electron command line', () => {
  it('is read, and is not mistaken for a caller number', () => {
    const argv = ['/opt/Complaint Desk/complaint-desk', '--server=http://127.0.0.1:8470'];
    expect(serverArgument(argv)).toBe('http://127.0.0.1:8470');
    expect(parseCallArgv(argv.slice(1))).toBeNull();
    expect(serverArgument(['/opt/complaint-desk', '13800138000'])).toBeNull();
  });
});
