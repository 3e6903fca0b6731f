// Counting words. Pure (safe in the browser).

/** "1 client", "3 clients", "2 of these clients": the number and the word that fits it. */
export function counted(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`;
}

/**
 * "2 clients and 1 couple", "3 clients" (parts counting zero are left out), "nobody" when all are
 * zero: for totals of mixed things, instead of "All 2 clients and couples".
 */
export function countedList(
  parts: readonly [n: number, one: string, many?: string][],
  none = "nobody",
): string {
  const words = parts.filter(([n]) => n > 0).map(([n, one, many]) => counted(n, one, many));
  if (words.length === 0) return none;
  if (words.length === 1) return words[0]!;
  return `${words.slice(0, -1).join(", ")} and ${words.at(-1)}`;
}
