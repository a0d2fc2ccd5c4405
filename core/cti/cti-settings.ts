import { randomBytes } from 'node:crypto';
import { CtiPortSchema, type CtiSettings } from '../../shared/api/cti';
import type { DeskContext } from '../context';
import { DialUrlTemplateSchema } from '../../shared/domain/cti/dial-url';
import { readSetting } from '../settings';
import { ctiDownPort, ctiListeningPort } from './cti-status';

export const DEFAULT_CTI_PORT = 5820;
const PORT_KEY = 'ctiEndpoint.port';
const TOKEN_KEY = 'ctiEndpoint.token';
/** Click-to-dial's URL template (shared/domain/cti/dial-url.ts): this desk's softphone, so a desk setting. */
const DIAL_URL_KEY = 'ctiEndpoint.dialUrlTemplate';
/** Set by the Electron shell at start (process.execPath), for the MicroSIP snippet. */
export const APP_EXECUTABLE_KEY = 'ctiEndpoint.appExecutable';
const EXAMPLE_EXECUTABLE = 'C:\\Program Files\\Complaint Desk\\Complaint Desk.exe';

/** 24 random bytes: the token in the path is the only thing keeping other local programs and web pages out. */
const newToken = () => randomBytes(24).toString('base64url');

/** The port and token, making and keeping the token the first time it is asked for. */
export function ctiEndpointConfig(ctx: DeskContext): { port: number; token: string } {
  let token = ctx.settings.get(TOKEN_KEY);
  if (typeof token !== 'string' || token.length < 16) {
    token = newToken();
    ctx.settings.set(TOKEN_KEY, token);
  }
  return { port: readSetting(ctx.settings, PORT_KEY, CtiPortSchema, DEFAULT_CTI_PORT), token: token as string };
}

export function readCtiSettings(ctx: DeskContext): CtiSettings {
  const { port, token } = ctiEndpointConfig(ctx);
  const executable = ctx.settings.get(APP_EXECUTABLE_KEY);
  const listeningPort = ctiListeningPort(ctx);
  const downPort = ctiDownPort(ctx);
  // While another program holds the port, no address is offered: a softphone set to it would hand that program the token and the callers.
  const endpointUrl = downPort === null ? `http://127.0.0.1:${listeningPort ?? port}/cti/${token}` : '';
  // The form Zammad's generic CTI documentation uses: form fields, callId, user[] once per agent.
  const sample = 'event=newCall&from=13800138000&to=95500&direction=in&callId=test-1&user[]=A1001';
  return {
    port,
    listeningPort,
    downPort,
    token,
    endpointUrl,
    microsipSnippet: [
      '[Settings]',
      `cmdIncomingCall=${typeof executable === 'string' && executable ? executable : EXAMPLE_EXECUTABLE}`,
    ].join('\n'),
    urlSnippet: 'complaintdesk://call?from=%number%&callId=%callid%',
    curlExample: downPort !== null ? '' : `curl -X POST --data "${sample}" ${endpointUrl}`,
    dialUrlTemplate: readSetting(ctx.settings, DIAL_URL_KEY, DialUrlTemplateSchema, ''),
  };
}

/** A new port or token takes effect when the shell restarts the endpoint on 'cti.settingsChanged'. */
export function updateCtiSettings(ctx: DeskContext, change: { port?: number; regenerateToken: boolean; dialUrlTemplate?: string | undefined }): CtiSettings {
  if (change.port !== undefined) ctx.settings.set(PORT_KEY, change.port);
  if (change.dialUrlTemplate !== undefined) ctx.settings.set(DIAL_URL_KEY, change.dialUrlTemplate);
  if (change.regenerateToken) ctx.settings.set(TOKEN_KEY, newToken());
  const settings = readCtiSettings(ctx);
  // The dial link is the page's alone: the endpoint restarts only for a new port or token.
  if (change.port !== undefined || change.regenerateToken) ctx.events.emit('cti.settingsChanged', { port: settings.port, token: settings.token });
  return settings;
}
