/** An ISO date (yyyy-mm-dd, the DateOnly scalar) `days` after `from`, in UTC like the server's dates. */
export function isoDate(from: Date, days = 0): string {
  const date = new Date(Date.UTC(from.getUTCFullYear(), from.getUTCMonth(), from.getUTCDate() + days));
  return date.toISOString().slice(0, 10);
}

/** Whole days from `today` to the ISO date `to` (negative when past). */
export function daysUntil(to: string, today: Date): number {
  const [y, m, d] = to.split('-').map(Number);
  const target = Date.UTC(y, m - 1, d);
  const start = Date.UTC(today.getUTCFullYear(), today.getUTCMonth(), today.getUTCDate());
  return Math.round((target - start) / 86_400_000);
}
