import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import type { AttachmentTransfer } from '../../../shared/api/attachments';
import { deskTransport } from '../../api/client';
import { useDeskQuery } from '../../api/hooks';
import { queryGroups } from '../../api/query-keys';

/** Live bytes of a content moving now, by its SHA-256 (from attachments.transfer events). */
type Live = Record<string, { direction: 'upload' | 'download'; done: number; total: number }>;

/**
 * Which of the complaint's attachments are still moving between desk and server, with live progress:
 * the list from the desk, the bytes from its events; a finished transfer refreshes the list.
 */
export function useAttachmentTransfers(complaintId: string): { transfers: Map<string, AttachmentTransfer>; live: Live } {
  const queryClient = useQueryClient();
  const list = useDeskQuery('attachments.transfers', { complaintId });
  const [live, setLive] = useState<Live>({});
  useEffect(
    () =>
      deskTransport().subscribe((event) => {
        if (event.name !== 'attachments.transfer') return;
        const { sha256, direction, done, total, finished } = event.payload;
        setLive((now) => {
          const next = { ...now };
          if (finished) delete next[sha256];
          else next[sha256] = { direction, done, total };
          return next;
        });
        if (finished) void queryClient.invalidateQueries({ queryKey: queryGroups.attachmentTransfers });
      }),
    [queryClient],
  );
  return { transfers: new Map((list.data ?? []).map((t) => [t.attachmentId, t])), live };
}
