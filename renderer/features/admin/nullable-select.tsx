import { Select } from 'antd';

interface NullableSelectProps {
  id: string;
  value: string | null | undefined;
  onChange: (value: string | null) => void;
  options: { value: string; label: string }[];
  placeholder: string;
}

/** A choice that may be "none" (no team, no lead): cleared means null, as the server's schemas say. */
export function NullableSelect({ id, value, onChange, options, placeholder }: NullableSelectProps) {
  return (
    <Select
      id={id}
      allowClear
      placeholder={placeholder}
      options={options}
      value={value ?? undefined}
      onChange={(next?: string) => onChange(next ?? null)}
    />
  );
}
