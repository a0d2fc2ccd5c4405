import type { TFunction } from 'i18next';
import { beforeAll, describe, expect, it } from 'vitest';
import { reviewFieldLabel, reviewValueText } from '../../../renderer/features/complaints/timeline/review-value';
import { clockSpanText } from '../../../renderer/features/sync/clock-span';
import { correctionFieldLabel, correctionReasonText } from '../../../renderer/features/sync/clock-correction-text';
import { clockWarningText } from '../../../renderer/features/sync/clock-warning-text';
import { conflictTexts } from '../../../renderer/features/sync/review-conflict-text';
import { translator } from '../../support/locales';

const MINUTE = 60_000;
const DAY = 24 * 60 * MINUTE;

describe('what the desk says about its clock and the times the server corrected', () => {
  let zh: TFunction;
  let en: TFunction;
  beforeAll(async () => {
    [zh, en] = await Promise.all([translator('zh-CN'), translator('en')]);
  });

  it('says how far off in minutes, hours or days, in both languages', () => {
    expect(clockSpanText(12 * MINUTE, zh)).toBe('12 分钟');
    expect(clockSpanText(-1 * MINUTE, en)).toBe('1 minute');
    expect(clockSpanText(12 * MINUTE + 20_000, en)).toBe('12 minutes');
    expect(clockSpanText(185 * MINUTE, zh)).toBe('3 小时 5 分钟');
    expect(clockSpanText(9 * DAY + 5 * MINUTE, zh)).toBe('9 天');
    expect(clockSpanText(1 * DAY, en)).toBe('1 day');
  });

  it('warns that the desk runs ahead or behind (offset = server − desk) and that the server corrects times', () => {
    expect(clockWarningText(-12 * MINUTE, zh)).toBe('本机时钟比服务器快 12 分钟：请校准系统时间。同步时服务器会按其时钟更正时间。');
    expect(clockWarningText(12 * MINUTE, zh)).toContain('本机时钟比服务器慢 12 分钟');
    expect(clockWarningText(-12 * MINUTE, en)).toContain("12 minutes ahead of the server's");
    expect(clockWarningText(7 * MINUTE, en)).toContain('7 minutes behind');
  });

  it('names the corrected time by field, a withdrawal’s receipt apart from the complaint’s', () => {
    expect(correctionFieldLabel({ name: 'complaint.create', field: 'callTime' }, zh)).toBe('来电时间');
    expect(correctionFieldLabel({ name: 'complaint.create', field: 'createdAt' }, en)).toBe('Time of the change');
    expect(correctionFieldLabel({ name: 'complaint.create', field: 'receivedAt' }, zh)).toBe('受理时间');
    expect(correctionFieldLabel({ name: 'complaint.withdraw', field: 'receivedAt' }, zh)).toBe('收到撤诉的时间');
    expect(correctionFieldLabel({ name: 'complaint.recordCall', field: 'call.endedAt' }, en)).toBe('Call ended');
    expect(correctionFieldLabel({ name: 'complaint.create', field: 'somethingNew' }, zh)).toBe('somethingNew');
  });

  it('says why, with the skew or the time offline', () => {
    const skew = { reason: 'clock_skew' as const, deskTime: '2026-12-07T10:30:00.000Z', serverTime: '2026-12-07T10:12:00.000Z' };
    expect(correctionReasonText(skew, zh)).toBe('本机时钟与服务器相差 18 分钟，服务器已按其时钟更正');
    expect(correctionReasonText({ ...skew, reason: 'clock_ahead' }, en)).toContain('Later than the moment the server received it');
    const offline = { reason: 'offline_window' as const, deskTime: '2026-11-20T02:00:00.000Z', serverTime: '2026-12-07T03:00:00.000Z' };
    expect(correctionReasonText(offline, zh)).toContain('离线受理 17 天后才送达服务器');
    expect(correctionReasonText(offline, en)).toContain('17 days after it was taken offline');
  });

  it('shows a flagged receipt as 受理时间 with both values as dates and times, not ISO strings', () => {
    expect(reviewFieldLabel('receivedAt', zh)).toBe('受理时间');
    expect(reviewFieldLabel('receivedAt', en)).toBe('Received at');
    expect(reviewValueText('receivedAt', '2026-12-07T10:12:00.000Z', zh)).toMatch(/^2026-12-07 \d\d:12$/);
    expect(reviewValueText('receivedAt', null, zh)).toBe('—');
  });

  it('words a receipt in review by its reason: for offline_window the desk’s call time is the one kept', () => {
    const skewed = conflictTexts({ field: 'receivedAt', reason: 'clock_skew', serverValue: '2026-12-07T10:12:00.000Z', deskValue: '2026-12-07T10:30:00.000Z' }, zh);
    expect(skewed).toMatchObject({ serverValue: '服务器更正后（当前）', deskValue: '工作台记录的来电时间', keepServer: '采用服务器更正的时间', takeDesk: '恢复工作台记录的时间' });
    expect(skewed.reason).toContain('相差 18 分钟');
    const offline = conflictTexts({ field: 'receivedAt', reason: 'offline_window', serverValue: '2026-12-07T03:00:00.000Z', deskValue: '2026-11-20T02:00:00.000Z' }, en);
    expect(offline).toMatchObject({ serverValue: 'First received by the server', deskValue: 'Call time (current receipt)', takeDesk: 'Keep the call time' });
    expect(offline.reason).toContain('17 days after it was taken offline');
    expect(conflictTexts({ field: 'receivedAt', reason: 'clock_back', serverValue: null, deskValue: null }, zh).keepServer).toBe('保留当前受理时间');
  });

  it('keeps the usual words for an edit on two desks', () => {
    expect(conflictTexts({ field: 'intake', serverValue: {}, deskValue: {} }, zh)).toEqual({
      serverValue: zh('sync.page.serverValue'),
      deskValue: zh('sync.page.deskValue'),
      keepServer: zh('sync.page.keepServer'),
      takeDesk: zh('sync.page.takeDesk'),
      by: zh('sync.page.by'),
      reason: null,
    });
  });
});
