/** Whether objects and arrays nest at most `max` levels; walks with its own stack, stops at the first too-deep value. */
export function isJsonDepthWithin(value: unknown, max: number): boolean {
  const pending: { value: unknown; depth: number }[] = [{ value, depth: 0 }];
  while (pending.length > 0) {
    const { value: next, depth } = pending.pop()!;
    if (typeof next !== 'object' || next === null) continue;
    if (depth + 1 > max) return false;
    for (const child of Object.values(next)) pending.push({ value: child, depth: depth + 1 });
  }
  return true;
}
