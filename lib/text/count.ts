// Counting words. Pure (safe in the browser).

/** "1 client", "3 clients", "2 of these clients": the number and the word that fits it. */
export function counted(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`;
}
