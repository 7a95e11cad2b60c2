// How both dialects read single rows: awaited queries return arrays (`.get()` is SQLite's only).

/** The first row a query returns, or undefined. */
export async function first<Row>(query: PromiseLike<Row[]>): Promise<Row | undefined> {
  const [row] = await query;
  return row;
}

/** The row a write returned (`insert … returning`, `update … where id … returning`); it must exist. */
export async function one<Row>(query: PromiseLike<Row[]>): Promise<Row> {
  const [row] = await query;
  if (row === undefined) throw new Error('Expected the write to return a row');
  return row;
}
