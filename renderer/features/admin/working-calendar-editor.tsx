import { Alert, App, Button, Card, Col, Form, InputNumber, Row, Space, Tabs, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { addCalendarYear } from '../../../shared/domain/calendar/calendar-edits';
import { ClockSettingsSchema, clockOf, type ClockSettings } from '../../../shared/domain/calendar/clock-settings';
import type { OrgSettings } from '../../../shared/org/org-settings-schema';
import { useDeskMutation } from '../../api/hooks';
import { RefusalNote } from './refusal-note';
import { WorkingCalendarYear } from './working-calendar-year';

type Issue = { path: readonly PropertyKey[]; messageKey: string };

/** Where an issue is: "2027：…" for a year's, nothing for the clocks' own fields (they show theirs beside them). */
function yearOf(draft: ClockSettings, path: readonly PropertyKey[]): number | null {
  if (path[0] !== 'calendar' || path[1] !== 'years' || typeof path[2] !== 'number') return null;
  return draft.calendar.years[path[2]]?.year ?? null;
}

/**
 * 工作日历: the State Council's holidays and 调休 days per year, and the clocks that run on them (first contact
 * within N working hours, the 回访 within N working days). Checked with the server's own schema before it is
 * sent; the server checks again and its refusal shows here.
 */
export function WorkingCalendarEditor({ settings }: { settings: OrgSettings }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const save = useDeskMutation('clock.settings.save');
  const [draft, setDraft] = useState<ClockSettings>(clockOf(settings));
  const [active, setActive] = useState<string>(String(new Date().getFullYear()));
  const [newYear, setNewYear] = useState<number | null>(null);
  const [yearRefusal, setYearRefusal] = useState<string | null>(null);
  const [issues, setIssues] = useState<Issue[]>([]);
  useEffect(() => setDraft(clockOf(settings)), [settings]);
  const serverIssues: Issue[] = save.error?.body.issues ?? [];
  const shown = issues.length > 0 ? issues : serverIssues;
  const fieldIssue = (field: 'firstContactHours' | 'returnVisitDays') => shown.find((i) => i.path[0] === field)?.messageKey;
  const otherIssues = shown.filter((i) => i.path[0] !== 'firstContactHours' && i.path[0] !== 'returnVisitDays');

  const addYear = () => {
    const edit = addCalendarYear(draft.calendar, newYear ?? Number.NaN);
    if (!edit.ok) return void setYearRefusal(edit.messageKey);
    setYearRefusal(null);
    setDraft({ ...draft, calendar: edit.calendar });
    setActive(String(newYear));
    setNewYear(null);
  };
  const submit = () => {
    const parsed = ClockSettingsSchema.safeParse(draft);
    if (!parsed.success) return void setIssues(parsed.error.issues.map((i) => ({ path: i.path, messageKey: i.message })));
    setIssues([]);
    save.mutate(parsed.data, { onSuccess: () => void message.success(t('workingCalendar.saved')) });
  };
  const hours = fieldIssue('firstContactHours');
  const days = fieldIssue('returnVisitDays');
  const activeYear = draft.calendar.years.some((y) => String(y.year) === active) ? active : String(draft.calendar.years[0]?.year ?? '');

  return (
    <Card
      size="small"
      title={t('workingCalendar.title')}
      data-testid="working-calendar"
      style={{ maxWidth: 1000 }}
      extra={
        <Button type="primary" onClick={submit} loading={save.isPending} data-testid="save-working-calendar">
          {t('workingCalendar.save')}
        </Button>
      }
    >
      <Space direction="vertical" style={{ width: '100%' }}>
        <Typography.Text type="secondary">{t('workingCalendar.hint')}</Typography.Text>
        <RefusalNote error={save.error && serverIssues.length === 0 ? save.error : null} />
        {otherIssues.length > 0 && (
          <Alert
            type="error"
            showIcon
            role="alert"
            data-testid="working-calendar-issues"
            title={otherIssues
              .map((i) => {
                const year = yearOf(draft, i.path);
                const text = t([i.messageKey, 'validation.invalid']);
                return year === null ? text : t('workingCalendar.inYear', { year, message: text });
              })
              .join('；')}
          />
        )}
        <Form layout="vertical" component="div">
          <Row gutter={12}>
            <Col span={8}>
              <Form.Item
                label={t('workingCalendar.firstContactHours')}
                htmlFor="wc-first-contact-hours"
                validateStatus={hours ? 'error' : undefined}
                help={hours ? <span role="alert">{t(hours)}</span> : undefined}
                extra={t('workingCalendar.firstContactHoursHint')}
              >
                <InputNumber
                  id="wc-first-contact-hours"
                  style={{ width: '100%' }}
                  value={draft.firstContactHours}
                  onChange={(v) => setDraft({ ...draft, firstContactHours: typeof v === 'number' ? v : Number.NaN })}
                />
              </Form.Item>
            </Col>
            <Col span={8}>
              <Form.Item
                label={t('workingCalendar.returnVisitDays')}
                htmlFor="wc-return-visit-days"
                validateStatus={days ? 'error' : undefined}
                help={days ? <span role="alert">{t(days)}</span> : undefined}
                extra={t('workingCalendar.returnVisitDaysHint')}
              >
                <InputNumber
                  id="wc-return-visit-days"
                  style={{ width: '100%' }}
                  value={draft.returnVisitDays}
                  onChange={(v) => setDraft({ ...draft, returnVisitDays: typeof v === 'number' ? v : Number.NaN })}
                />
              </Form.Item>
            </Col>
            <Col span={8}>
              <Form.Item
                label={t('workingCalendar.newYear')}
                htmlFor="wc-new-year"
                validateStatus={yearRefusal ? 'error' : undefined}
                help={yearRefusal ? <span role="alert">{t(yearRefusal)}</span> : undefined}
              >
                <Space.Compact style={{ width: '100%' }}>
                  <InputNumber id="wc-new-year" style={{ width: '100%' }} placeholder={String(new Date().getFullYear() + 1)} value={newYear} onChange={(v) => setNewYear(typeof v === 'number' ? v : null)} onPressEnter={addYear} />
                  <Button onClick={addYear} data-testid="working-calendar-add-year">
                    {t('workingCalendar.addYear')}
                  </Button>
                </Space.Compact>
              </Form.Item>
            </Col>
          </Row>
        </Form>
        {draft.calendar.years.length === 0 ? (
          <Typography.Text>{t('workingCalendar.noYears')}</Typography.Text>
        ) : (
          <Tabs
            activeKey={activeYear}
            onChange={setActive}
            items={draft.calendar.years.map((year) => ({
              key: String(year.year),
              label: t('workingCalendar.year', { year: year.year }),
              children: <WorkingCalendarYear calendar={draft.calendar} year={year} onChange={(calendar) => setDraft({ ...draft, calendar })} />,
            }))}
          />
        )}
      </Space>
    </Card>
  );
}
