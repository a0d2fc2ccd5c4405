import { Alert, Card, Checkbox, DatePicker, Empty, Form, Input, Radio, Select, Tag } from 'antd';
import { useEffect, useState } from 'react';

/**
 * antd writes a component's CSS the first time one renders. The screen-pop must not pay for that when
 * the first call of the shift arrives (it took the first pop from ~100 ms to ~850 ms on a loaded
 * machine), so the intake's components render once, hidden and inert, while the desk is idle after
 * sign-in, and are then removed. No ids, no focus, no form state: nothing a person or a test can meet.
 */
export function StyleWarmup() {
  const [phase, setPhase] = useState<'waiting' | 'rendering' | 'done'>('waiting');
  useEffect(() => {
    if (phase === 'waiting') {
      const idle = window.requestIdleCallback ?? ((callback: () => void) => window.setTimeout(callback, 200));
      const handle = idle(() => setPhase('rendering'), { timeout: 1500 });
      return () => (window.cancelIdleCallback ?? window.clearTimeout)(handle);
    }
    if (phase === 'rendering') {
      const frame = window.requestAnimationFrame(() => setPhase('done'));
      return () => window.cancelAnimationFrame(frame);
    }
  }, [phase]);
  if (phase !== 'rendering') return null;
  return (
    <div aria-hidden inert style={{ position: 'fixed', left: -10_000, top: 0, width: 1000, visibility: 'hidden', pointerEvents: 'none' }}>
      <Form layout="vertical" component="div">
        <Card size="small" title=" ">
          <Form.Item label=" " required validateStatus="error" help=" ">
            <Input />
          </Form.Item>
          <DatePicker showTime format="YYYY-MM-DD HH:mm" allowClear={false} />
          <Radio.Group options={[{ value: 'a', label: ' ' }]} value="a" />
          <Select showSearch={{ optionFilterProp: 'label' }} options={[]} value={null} />
          <Input.TextArea rows={2} count={{ show: true, max: 10 }} />
          <Tag.CheckableTag checked={false}> </Tag.CheckableTag>
          <Checkbox />
          <Alert type="warning" showIcon title=" " />
          <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} />
        </Card>
      </Form>
    </div>
  );
}
