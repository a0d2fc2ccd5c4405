import { DeleteOutlined } from '@ant-design/icons';
import { Button, Col, Form, Input, Radio, Row, Space, Table, Tag, Typography, type InputRef } from 'antd';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { addCalendarDay, calendarDaysOf, removeCalendarDay, setCalendarSource, type DayKind } from '../../../shared/domain/calendar/calendar-edits';
import type { CalendarYear, WorkingCalendar } from '../../../shared/domain/calendar/working-days';

type CalendarDay = ReturnType<typeof calendarDaysOf>[number];

const WEEKDAY_KEYS = ['sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat'] as const;
const weekdayOf = (day: string) => WEEKDAY_KEYS[new Date(`${day}T00:00:00Z`).getUTCDay()] ?? 'sun';

interface Props {
  calendar: WorkingCalendar;
  year: CalendarYear;
  onChange: (next: WorkingCalendar) => void;
}

/** One year of the working calendar: where it comes from, a day to add (date, 放假 or 调休上班, name), and its days. */
export function WorkingCalendarYear({ calendar, year, onChange }: Props) {
  const { t } = useTranslation();
  const dayInput = useRef<InputRef>(null);
  const [entry, setEntry] = useState<{ day: string; kind: DayKind; name: string }>({ day: '', kind: 'holiday', name: '' });
  const [refusal, setRefusal] = useState<string | null>(null);
  const add = () => {
    const edit = addCalendarDay(calendar, year.year, entry);
    if (!edit.ok) return void setRefusal(edit.messageKey);
    setRefusal(null);
    onChange(edit.calendar);
    setEntry({ ...entry, day: '', name: '' });
    dayInput.current?.focus();
  };
  const days = calendarDaysOf(year);
  const ids = { day: `wc-day-${year.year}`, name: `wc-name-${year.year}`, source: `wc-source-${year.year}` };
  return (
    <Space direction="vertical" style={{ width: '100%' }} data-testid={`working-calendar-year-${year.year}`}>
      <Form layout="vertical" component="div">
        <Form.Item label={t('workingCalendar.source')} htmlFor={ids.source} style={{ marginBottom: 8 }}>
          <Input id={ids.source} value={year.source} placeholder={t('workingCalendar.sourcePlaceholder')} onChange={(e) => onChange(setCalendarSource(calendar, year.year, e.target.value))} />
        </Form.Item>
        <Row gutter={8} align="top">
          <Col span={6}>
            <Form.Item
              label={t('workingCalendar.day')}
              htmlFor={ids.day}
              style={{ marginBottom: 8 }}
              validateStatus={refusal ? 'error' : undefined}
              help={refusal ? <span role="alert" data-testid="working-calendar-refusal">{t(refusal)}</span> : undefined}
            >
              <Input
                id={ids.day}
                ref={dayInput}
                placeholder={`${year.year}-10-01`}
                value={entry.day}
                onChange={(e) => setEntry({ ...entry, day: e.target.value })}
                onPressEnter={add}
              />
            </Form.Item>
          </Col>
          <Col span={7}>
            <Form.Item label={t('workingCalendar.kind')} style={{ marginBottom: 8 }}>
              <Radio.Group
                aria-label={t('workingCalendar.kind')}
                value={entry.kind}
                onChange={(e) => setEntry({ ...entry, kind: e.target.value as DayKind })}
                options={[
                  { value: 'holiday', label: t('workingCalendar.holiday') },
                  { value: 'workday', label: t('workingCalendar.workday') },
                ]}
              />
            </Form.Item>
          </Col>
          <Col span={7}>
            <Form.Item label={t('workingCalendar.name')} htmlFor={ids.name} style={{ marginBottom: 8 }}>
              <Input id={ids.name} placeholder={t('workingCalendar.namePlaceholder')} value={entry.name} onChange={(e) => setEntry({ ...entry, name: e.target.value })} onPressEnter={add} />
            </Form.Item>
          </Col>
          <Col span={4}>
            {/* An empty label keeps the button level with the fields, whether or not the date shows an error. */}
            <Form.Item label=" " colon={false} style={{ marginBottom: 8 }}>
              <Button onClick={add} data-testid="working-calendar-add-day">
                {t('workingCalendar.addDay')}
              </Button>
            </Form.Item>
          </Col>
        </Row>
      </Form>
      <Typography.Text type="secondary">{t('workingCalendar.counts', { holidays: year.holidays.length, workdays: year.workdays.length })}</Typography.Text>
      <div data-testid="working-calendar-days">
        <Table<CalendarDay>
          size="small"
          rowKey={(d) => `${d.kind}-${d.day}`}
          pagination={{ pageSize: 12, hideOnSinglePage: true, showSizeChanger: false }}
          dataSource={days}
          locale={{ emptyText: t('workingCalendar.noDays') }}
          columns={[
            { title: t('workingCalendar.day'), dataIndex: 'day', width: 130 },
            { title: t('workingCalendar.weekday'), key: 'weekday', width: 90, render: (_v, d) => t(`workingCalendar.weekdays.${weekdayOf(d.day)}`) },
            {
              title: t('workingCalendar.kind'),
              key: 'kind',
              width: 120,
              render: (_v, d) => <Tag color={d.kind === 'holiday' ? 'green' : 'orange'}>{t(`workingCalendar.${d.kind}`)}</Tag>,
            },
            { title: t('workingCalendar.name'), dataIndex: 'name', render: (name: string) => name || '—' },
            {
              key: 'remove',
              width: 60,
              render: (_v, d) => (
                <Button
                  size="small"
                  type="text"
                  icon={<DeleteOutlined />}
                  aria-label={t('workingCalendar.removeDay', { day: d.day })}
                  onClick={() => onChange(removeCalendarDay(calendar, year.year, d.day))}
                />
              ),
            },
          ]}
        />
      </div>
    </Space>
  );
}
