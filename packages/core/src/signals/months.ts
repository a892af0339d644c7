/** Calendar months as `YYYY-MM` strings, which sort as they follow each other. */

export const monthOf = (at: Date): string => at.toISOString().slice(0, 7);

/** `month` moved by `count` months (negative: back). */
export function addMonths(month: string, count: number): string {
  const [year, index] = month.split("-").map(Number) as [number, number];
  const total = year * 12 + (index - 1) + count;
  return `${String(Math.floor(total / 12)).padStart(4, "0")}-${String((total % 12) + 1).padStart(2, "0")}`;
}

/** How many months from `from` to `to`, both counted (`2026-01`..`2026-03` is 3). */
export function monthSpan(from: string, to: string): number {
  const count = (month: string) => {
    const [year, index] = month.split("-").map(Number) as [number, number];
    return year * 12 + index;
  };
  return count(to) - count(from) + 1;
}
