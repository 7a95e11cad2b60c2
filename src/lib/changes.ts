/**
 * What an update really changes: the proposed values that are given (not undefined) and differ
 * from the current ones, as the values to write and as the audit log's before and after.
 */
export function changesOf<Row extends object, Key extends keyof Row>(current: Row, proposed: { [K in Key]?: Row[K] }) {
  const keys = (Object.keys(proposed) as Key[]).filter((key) => proposed[key] !== undefined && proposed[key] !== current[key]);
  const pick = (from: { [K in Key]?: Row[K] }) => Object.fromEntries(keys.map((key) => [key, from[key]])) as Partial<Pick<Row, Key>>;
  return { keys, set: pick(proposed), before: pick(current as { [K in Key]?: Row[K] }), after: pick(proposed) };
}
