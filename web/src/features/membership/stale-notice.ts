import { problemOf } from "../../api/problem.ts";

/**
 * Runs `step`; when the application changed meanwhile (412, or 409 for a state that
 * no longer allows the step), calls `onChanged` (the page then shows the latest
 * application and says so) instead of failing. A 409 that is not about the
 * application's state (`city-already-member`: another city) is the form's to explain.
 */
export async function unlessChanged(
  step: () => Promise<unknown>,
  onChanged: () => void,
): Promise<boolean> {
  try {
    await step();
    return true;
  } catch (error) {
    const problem = problemOf(error);
    if (problem.stale || (problem.status === 409 && problem.code !== "city-already-member")) {
      onChanged();
      return false;
    }
    throw error;
  }
}
