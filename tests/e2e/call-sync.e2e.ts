import { expect, test, type Page } from '@playwright/test';
import { openComplaint, settledScreenshot as screenshot } from './support/agent-actions';
import { deskCall } from './support/desk-call';
import { syncUntil, twoDesksOnOwnServer } from './support/two-desks';
import type { RunningHost } from './support/web-host';

const twoDesks = twoDesksOnOwnServer('call-sync-e2e-server');

/** What a softphone does: POST a Zammad generic CTI event to the desk's loopback endpoint. */
async function softphone(running: RunningHost, event: Record<string, string>) {
  const response = await fetch(running.ctiUrl!, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(event) });
  expect(response.status).toBe(200);
}

/** The intake saved during the call, through the desk's API as the form does (with the call's id). */
function complaintOnCall(page: Page, callId: string): Promise<{ id: string; number: string }> {
  return deskCall(page, 'complaints.create', {
    callTime: new Date(Date.now() - 60_000).toISOString(),
    customerName: '欧阳娜娜',
    contactPhone: '139 2468 1357',
    policyNumber: 'P2026-000777',
    complaintType: 'claims_dispute',
    complaintSubtype: 'claim_amount',
    description: '理赔金额与定损单不符。',
    demand: '按定损金额赔付',
    channel: 'phone',
    callId,
  });
}

test('the lead sees which call a complaint taken on another desk came from, with its end and recording', async ({ browser }) => {
  test.setTimeout(300_000);
  const { a, pageA, pageB } = await twoDesks(browser);

  const call = { direction: 'in', from: '13924681357', to: '95500', callId: 'pbx-20261130-0042' };
  await softphone(a, { event: 'newCall', ...call });
  await softphone(a, { event: 'answer', ...call, answeringNumber: 'A1001' });
  const { id, number } = await complaintOnCall(pageA, call.callId);
  await softphone(a, { event: 'hangup', ...call, cause: 'normalClearing' });
  await deskCall(pageA, 'calls.setRecordingRef', { callId: call.callId, recordingRef: 'REC-0042' });

  await syncUntil(
    [pageA, pageB],
    async () => {
      await openComplaint(pageB, id);
      await expect(pageB.getByTestId('complaint-number')).toHaveText(number, { timeout: 2_000 });
      await expect(pageB.getByTestId('source-call')).toContainText('REC-0042', { timeout: 2_000 });
    },
    40_000,
  );
  // Beside the timeline in the side column, below the complaint's header and stage bar — never above them.
  const card = pageB.getByTestId('complaint-side').getByTestId('source-calls');
  await expect(card).toBeVisible();
  const cardTop = (await card.boundingBox())!.y;
  for (const above of ['complaint-number', 'stage-bar']) {
    const box = (await pageB.getByTestId(above).boundingBox())!;
    expect(cardTop, above).toBeGreaterThanOrEqual(box.y + box.height);
  }
  await expect(card).toContainText('来源通话');
  await expect(card).toContainText('13924681357');
  await expect(card).toContainText('呼入');
  await screenshot(pageB, 'call-sync-lead-source-call');
  await pageB.getByText('English', { exact: true }).click();
  await expect(card).toContainText('Call this complaint came from');
  await expect(card).toContainText('Incoming');
  await screenshot(pageB, 'call-sync-lead-source-call');
});
