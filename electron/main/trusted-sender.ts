import type { BrowserWindow, WebFrameMain } from 'electron';

export type SenderCheck = (frame: WebFrameMain) => boolean;

/** Only our window's top frame, showing our own UI, may call the desk: never an iframe or a page it navigated to. */
export function createTrustedSenderCheck(getWindow: () => BrowserWindow | null, isOurs: (url: string) => boolean): SenderCheck {
  return (frame) => {
    const window = getWindow();
    if (!window || window.isDestroyed()) return false;
    const mainFrame = window.webContents.mainFrame;
    return frame.parent === null && frame.frameTreeNodeId === mainFrame.frameTreeNodeId && isOurs(frame.url);
  };
}
