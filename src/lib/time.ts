const DAY_MS = 24 * 60 * 60 * 1000;

/** `days` after `from`. */
export const daysAfter = (from: Date, days: number) => new Date(from.getTime() + days * DAY_MS);
