import type { CtiListener } from '../core/cti/cti-listener';
import { openDesk, type Desk, type DeskOptions } from '../core/desk';
import { startDeskServices, type DeskServices, type DeskServicesOptions } from '../core/desk-services';
import { presetServerAddress } from '../core/use-cases/session/server-address';
import { startWebHost, type WebHost, type WebHostOptions } from './host';

export interface WebDeskOptions {
  desk: DeskOptions;
  services: DeskServicesOptions;
  host: Omit<WebHostOptions, 'desk'>;
  /** The company server to set before anyone signs in (--server). */
  server?: string;
}

export interface WebDesk {
  desk: Desk;
  services: DeskServices;
  /** The CTI listener, started (or down: a port another program holds only disables screen-pop). */
  cti: CtiListener;
  host: WebHost;
  /** The company server address as set from options.server, or null without one. */
  serverAddress: string | null;
  /** Quitting: the desk's services, then the web host, then the database. */
  stop(): Promise<void>;
}

/** Browser mode as one thing to start and stop: the desk, what runs while it is open, and the web host over it. */
export async function startWebDesk(options: WebDeskOptions): Promise<WebDesk> {
  const desk = openDesk(options.desk);
  let services: DeskServices | null = null;
  try {
    const serverAddress = options.server === undefined ? null : presetServer(desk, options.server);
    services = startDeskServices(desk.ctx, options.services);
    const host = await startWebHost({ ...options.host, desk });
    const cti = await services.cti;
    const running = services;
    let stopping: Promise<void> | null = null;
    const stopAll = async () => {
      await running.stop();
      await host.close();
      desk.close();
    };
    return { desk, services, cti, host, serverAddress, stop: () => (stopping ??= stopAll()) };
  } catch (error) {
    await services?.stop();
    desk.close();
    throw error;
  }
}

function presetServer(desk: Desk, address: string): string {
  try {
    return presetServerAddress(desk.ctx, address);
  } catch (error) {
    throw new Error(`[web] ${error instanceof Error ? error.message : String(error)}`);
  }
}
