/** Runs `write` over `items` in slices, keeping each statement under both dialects' parameter limits (SQLite: 32,766). */
export async function inChunks<T, R>(items: readonly T[], write: (chunk: T[]) => Promise<R[]>, size = 500): Promise<R[]> {
  const written: R[] = [];
  for (let start = 0; start < items.length; start += size) written.push(...(await write(items.slice(start, start + size))));
  return written;
}
