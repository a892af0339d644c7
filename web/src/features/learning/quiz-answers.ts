/** For each question in order, the indexes of the options chosen: what the API takes. */
export type QuizAnswers = number[][];

export type Choice = "single" | "multiple";

export function noAnswers(questions: number): QuizAnswers {
  return Array.from({ length: questions }, () => []);
}

/**
 * The answers after ticking or unticking one option. A single-choice question holds
 * one option at most; a multiple-choice one keeps its options in order.
 */
export function choose(
  answers: QuizAnswers,
  question: number,
  option: number,
  choice: Choice,
  checked: boolean,
): QuizAnswers {
  return answers.map((chosen, at) => {
    if (at !== question) return chosen;
    if (choice === "single") return checked ? [option] : chosen.filter((o) => o !== option);
    const others = chosen.filter((o) => o !== option);
    return checked ? [...others, option].sort((a, b) => a - b) : others;
  });
}

/** The indexes of the questions still without an answer; nothing is sent while any remain. */
export function unanswered(answers: QuizAnswers, questions: number): number[] {
  return Array.from({ length: questions }, (_, at) => at).filter(
    (at) => (answers[at]?.length ?? 0) === 0,
  );
}
