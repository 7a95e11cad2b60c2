/** Errors only: a benchmark's servers must not spend its time printing request logs. */
export const quietLogger = {
  debug: () => {},
  info: () => {},
  warn: () => {},
  error: (...args: unknown[]) => console.error(...args),
};
