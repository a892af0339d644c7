/**
 * How much of a course is done, in whole percent for a bar and a sentence: rounded to
 * the nearest (1 of 6 is 17 %, not 16 %), but never 100 % while a lesson is left nor
 * 0 % once one is done, so that the figure never says more or less than the truth.
 */
export function progressPercent(done: number, total: number): number {
  if (total <= 0 || done <= 0) return 0;
  if (done >= total) return 100;
  return Math.min(99, Math.max(1, Math.round((done / total) * 100)));
}
