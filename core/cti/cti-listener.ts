import type { DeskContext } from '../context';
import { startCtiEndpoint, type CtiEndpoint } from './cti-endpoint';
import { ctiEndpointConfig } from './cti-settings';
import { recordCtiDown, recordCtiListening } from './cti-status';
import { log } from '../log';

export interface CtiListener {
  /** The endpoint now listening, or null while (re)starting or after a failed start. */
  current(): CtiEndpoint | null;
  stop(): Promise<void>;
}

/**
 * What the Electron shell and the web host start: the CTI endpoint on the configured port and token,
 * restarted whenever 'cti.settingsChanged' says they changed. A port another program holds is
 * logged and reported through onError, never fatal: the desk works without screen-pop.
 */
export async function startCtiListener(
  ctx: DeskContext,
  onError: (error: unknown) => void = () => {},
  /** A port that wins over the configured one for this run (the web host's --cti-port; 0 picks a free one). */
  portOverride?: number,
): Promise<CtiListener> {
  let endpoint: CtiEndpoint | null = null;
  let chain: Promise<void> = Promise.resolve();

  const start = async () => {
    const config = ctiEndpointConfig(ctx);
    const port = portOverride ?? config.port;
    try {
      endpoint = await startCtiEndpoint({ ctx, token: config.token, port });
      log('info', `[cti] listening on 127.0.0.1:${endpoint.port}`);
      recordCtiListening(ctx, endpoint.port);
    } catch (error) {
      log('error', `[cti] could not start the endpoint on 127.0.0.1:${port}: ${(error as Error).message}`);
      recordCtiDown(ctx, port);
      onError(error);
    }
  };
  const restart = async () => {
    await endpoint?.close();
    endpoint = null;
    await start();
  };

  await start();
  const unsubscribe = ctx.events.subscribe((name) => {
    if (name === 'cti.settingsChanged') chain = chain.then(restart);
  });
  return {
    current: () => endpoint,
    stop: async () => {
      unsubscribe();
      await chain;
      await endpoint?.close();
      endpoint = null;
      recordCtiListening(ctx, null);
    },
  };
}
