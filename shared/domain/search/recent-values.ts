/**
 * Remembers a pure function's answers for the values it saw last. Every change of a complaint indexes
 * it again, with the same name and phone nearly every time; pinyin and phone parsing are the dear part
 * of building its entry. Bounded: the oldest answers go first.
 */
export function rememberRecent<T>(compute: (value: string) => T, size = 256): (value: string) => T {
  const recent = new Map<string, T>();
  return (value) => {
    const known = recent.get(value);
    if (known !== undefined) return known;
    const answer = compute(value);
    if (recent.size >= size) recent.delete(recent.keys().next().value!);
    recent.set(value, answer);
    return answer;
  };
}
