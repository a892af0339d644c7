import { describe, expect, it } from "vitest";
import { choose, noAnswers, unanswered } from "./quiz-answers.ts";

describe("quiz answers", () => {
  it("start empty, one list per question", () => {
    expect(noAnswers(3)).toEqual([[], [], []]);
  });

  it("hold one option for a single-choice question", () => {
    let answers = choose(noAnswers(2), 0, 1, "single", true);
    answers = choose(answers, 0, 2, "single", true);
    expect(answers).toEqual([[2], []]);
  });

  it("hold every ticked option for a multiple-choice question, in order", () => {
    let answers = choose(noAnswers(2), 1, 3, "multiple", true);
    answers = choose(answers, 1, 0, "multiple", true);
    answers = choose(answers, 1, 3, "multiple", true);
    expect(answers).toEqual([[], [0, 3]]);
    expect(choose(answers, 1, 0, "multiple", false)).toEqual([[], [3]]);
  });

  it("name the questions left unanswered", () => {
    expect(unanswered(noAnswers(3), 3)).toEqual([0, 1, 2]);
    const some = choose(choose(noAnswers(3), 1, 0, "single", true), 2, 1, "multiple", true);
    expect(unanswered(some, 3)).toEqual([0]);
    expect(unanswered(choose(some, 2, 1, "multiple", false), 3)).toEqual([0, 2]);
    expect(unanswered(choose(some, 0, 0, "single", true), 3)).toEqual([]);
  });

  it("count a question missing from the answers as unanswered", () => {
    expect(unanswered([[1]], 2)).toEqual([1]);
  });
});
