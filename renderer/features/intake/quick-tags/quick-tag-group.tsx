import { Tag, theme } from 'antd';
import { useLayoutEffect, useRef, useState, type KeyboardEvent } from 'react';

interface Props<T extends string> {
  id: string;
  label: string;
  tags: readonly T[];
  labelOf: (tag: T) => string;
  value: T[] | undefined;
  onChange: (value: T[]) => void;
}

/**
 * One-click tags set while listening (antd CheckableTag: role="checkbox", Space toggles). One Tab stop for
 * the whole group: ←/→ move between tags, Space or Enter toggles, so the agent never needs the mouse.
 */
export function QuickTagGroup<T extends string>({ id, label, tags, labelOf, value = [], onChange }: Props<T>) {
  const { token } = theme.useToken();
  const [active, setActive] = useState(0);
  const refs = useRef<(HTMLSpanElement | null)[]>([]);
  // CheckableTag makes every tag a Tab stop; keep only the active one (roving tabindex).
  useLayoutEffect(() => {
    refs.current.forEach((element, index) => {
      if (element) element.tabIndex = index === active ? 0 : -1;
    });
  });
  const toggle = (tag: T) => onChange(value.includes(tag) ? value.filter((v) => v !== tag) : [...value, tag]);
  const move = (to: number) => {
    const next = (to + tags.length) % tags.length;
    setActive(next);
    refs.current[next]?.focus();
  };
  const onKeyDown = (event: KeyboardEvent, index: number, tag: T) => {
    if (event.altKey || event.ctrlKey || event.metaKey) return;
    if (event.key === 'ArrowRight' || event.key === 'ArrowDown') move(index + 1);
    else if (event.key === 'ArrowLeft' || event.key === 'ArrowUp') move(index - 1);
    else if (event.key === 'Enter') toggle(tag);
    else return;
    event.preventDefault();
  };
  return (
    <div role="group" aria-label={label} id={id} style={{ display: 'flex', flexWrap: 'wrap', rowGap: 6 }}>
      {tags.map((tag, index) => (
        <Tag.CheckableTag
          key={tag}
          ref={(element: HTMLSpanElement | null) => {
            refs.current[index] = element;
          }}
          checked={value.includes(tag)}
          onChange={() => {
            setActive(index);
            toggle(tag);
          }}
          onKeyDown={(event) => onKeyDown(event, index, tag)}
          style={{ border: `1px solid ${token.colorBorder}` }}
        >
          {labelOf(tag)}
        </Tag.CheckableTag>
      ))}
    </div>
  );
}
