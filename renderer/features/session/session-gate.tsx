import { Spin } from 'antd';
import { useState, type ReactNode } from 'react';
import type { Agent } from '../../../shared/api/session';
import { useDeskQuery } from '../../api/hooks';
import { LockScreen } from './lock-screen';
import { ServerAddressPage } from './server-address-page';
import { SignInPage } from './sign-in-page';

/** How often the page asks whether the idle lock has closed. */
const LOCK_POLL_MS = 15_000;

/** Before work: the server's address on first run, then sign-in; while idle, the lock. Then the workspace. */
export function SessionGate({ children }: { children: (agent: Agent, offline: boolean) => ReactNode }) {
  const session = useDeskQuery('session.current', {}, { refetchInterval: LOCK_POLL_MS });
  const agent = session.data?.agent ?? null;
  const status = useDeskQuery('server.status', {}, { enabled: session.isSuccess && !agent });
  const [changingServer, setChangingServer] = useState(false);
  if (session.isPending || (!agent && status.isPending)) return <Spin fullscreen />;
  if (!agent) {
    const url = status.data?.url ?? null;
    if (!url || changingServer) {
      return <ServerAddressPage current={url} {...(url ? { onCancel: () => setChangingServer(false) } : {})} />;
    }
    return <SignInPage status={status.data} onChangeServer={() => setChangingServer(true)} />;
  }
  if (session.data?.locked) return <LockScreen agent={agent} />;
  return children(agent, session.data?.offline ?? false);
}
