const DAY_MS = 24 * 60 * 60 * 1000;

/** `days` after `from`. */
export const daysAfter = (from: Date, days: number) => new Date(from.getTime() + days * DAY_MS);

/** `work`, or a rejection once `ms` have passed without an answer (the work itself goes on). */
export function withDeadline<T>(work: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const deadline = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`no answer within ${ms} ms`)), ms);
  });
  return Promise.race([work, deadline]).finally(() => clearTimeout(timer));
}
