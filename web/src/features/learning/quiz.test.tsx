// @vitest-environment happy-dom
import type { AttemptResult, LessonPage } from "@alliance/core/web";
import { screen, waitFor, within } from "@testing-library/react";
import { describe, expect, it, vi } from "vitest";
import { answerJson, answerProblem, answerRequests } from "../../testing/api-answers.ts";
import { renderWithApp } from "../../testing/render-with-app.tsx";
import { type LearnerQuiz, QuizForm } from "./quiz-form.tsx";
import { QuizResult } from "./quiz-result.tsx";
import { QuizSection } from "./quiz-section.tsx";

const quiz: LearnerQuiz = {
  kind: "quiz",
  passMark: 70,
  attemptLimit: 3,
  questions: [
    { prompt: "Vrai ?", choice: "single", options: [{ text: "Oui" }, { text: "Non" }] },
    {
      prompt: "Lesquels ?",
      choice: "multiple",
      options: [{ text: "A" }, { text: "B" }, { text: "C" }],
    },
  ],
};

const question = (name: RegExp) => screen.getByRole("group", { name });

describe("QuizForm", () => {
  function form() {
    const onSubmit = vi.fn();
    const view = renderWithApp(
      <QuizForm quiz={quiz} lang="fr" idBase="quiz" pending={false} onSubmit={onSubmit} />,
    );
    return { onSubmit, ...view };
  }

  it("asks each question in a group, radios for one answer and checkboxes for several", () => {
    form();
    const first = question(/^Question 1 of 2: Vrai \?/);
    expect(within(first).getAllByRole("radio")).toHaveLength(2);
    expect(within(first).getByText("Choose one answer.")).toBeTruthy();
    const second = question(/^Question 2 of 2: Lesquels \?/);
    expect(within(second).getAllByRole("checkbox")).toHaveLength(3);
    expect(within(second).getByText("Choose all that apply.")).toBeTruthy();
    expect(screen.getByRole("checkbox", { name: "C" }).getAttribute("lang")).toBeNull();
    expect(screen.getByText("C").getAttribute("lang")).toBe("fr");
  });

  it("sends nothing until each question is answered, and leads to the one left", async () => {
    const { onSubmit, user } = form();
    await user.click(screen.getByRole("radio", { name: "Non" }));
    await user.click(screen.getByRole("button", { name: "Submit my answers" }));

    expect(onSubmit).not.toHaveBeenCalled();
    const alert = screen.getByRole("alert");
    expect(within(alert).getByRole("heading", { name: "There is a problem" })).toBeTruthy();
    await waitFor(() => expect(alert.parentElement).toBe(document.activeElement));
    expect(question(/^Question 2 of 2/).textContent).toContain("Answer this question.");
    await user.click(within(alert).getByRole("link", { name: "Answer question 2" }));
    expect(document.activeElement).toBe(screen.getByRole("checkbox", { name: "A" }));

    await user.click(screen.getByRole("checkbox", { name: "A" }));
    await user.click(screen.getByRole("checkbox", { name: "C" }));
    expect(question(/^Question 2 of 2/).textContent).not.toContain("Answer this question.");
    await user.click(screen.getByRole("button", { name: "Submit my answers" }));
    expect(onSubmit).toHaveBeenCalledExactlyOnceWith([[1], [0, 2]]);
  });

  it("answers with the keyboard: Space chooses, arrows move between a question's radios", async () => {
    const { onSubmit, user } = form();
    const yes = screen.getByRole("radio", { name: "Oui" }) as HTMLInputElement;
    yes.focus();
    await user.keyboard(" ");
    expect(yes.checked).toBe(true);
    await user.keyboard("{ArrowDown}");
    const no = screen.getByRole("radio", { name: "Non" }) as HTMLInputElement;
    expect(no.checked).toBe(true);
    expect(document.activeElement).toBe(no);
    await user.tab();
    expect(document.activeElement).toBe(screen.getByRole("checkbox", { name: "A" }));
    await user.keyboard(" ");
    await user.tab();
    await user.tab();
    await user.tab();
    expect(document.activeElement).toBe(screen.getByRole("button", { name: "Submit my answers" }));
    await user.keyboard("{Enter}");
    expect(onSubmit).toHaveBeenCalledExactlyOnceWith([[1], [0]]);
  });
});

describe("QuizSection", () => {
  const page = {
    courseId: "crs_1",
    lesson: { lessonId: "les_1" },
    progress: { language: "fr", status: "active" },
    quiz: null,
  } as unknown as LessonPage;

  const scored = (passed: boolean, attemptsLeft: number): AttemptResult =>
    ({
      attempt: 1,
      score: passed ? 100 : 50,
      passMark: 70,
      passed,
      questions: [
        { correct: true, feedback: [] },
        { correct: passed, feedback: passed ? [] : [{ option: 2, text: "C n’en est pas." }] },
      ],
      quiz: { attempts: 1, attemptsLeft, passed, lastScore: 50, lastResult: null },
      progress: { status: "active" },
    }) as unknown as AttemptResult;

  function section(answer: () => Response, lng: "en" | "fr" = "en", limit = quiz.attemptLimit) {
    const calls = answerRequests(({ method }) =>
      method === "POST" ? answer() : answerProblem(404, "x"),
    );
    const view = renderWithApp(
      <QuizSection
        page={page}
        quiz={{ ...quiz, attemptLimit: limit }}
        onCourseCompleted={() => {}}
      />,
      { lng },
    );
    return { calls, ...view };
  }

  async function answer(user: ReturnType<typeof renderWithApp>["user"]) {
    await user.click(screen.getByRole("radio", { name: "Oui" }));
    await user.click(screen.getByRole("checkbox", { name: "C" }));
    await user.click(screen.getByRole("button", { name: "Submit my answers" }));
  }

  it("states the pass mark and the attempts in sentences punctuated for each language", () => {
    section(() => answerJson({}), "en", null);
    expect(screen.getByText("Pass mark: 70%. Unlimited attempts.")).toBeTruthy();
  });

  it("punctuates French", () => {
    section(() => answerJson({}), "fr", null);
    // The exact characters: a narrow no-break space before the colon, a no-break one before %.
    expect(screen.getByText(/^Seuil de réussite/).textContent).toBe(
      "Seuil de réussite\u202f: 70\u00a0%. Tentatives illimitées.",
    );
  });

  it("sends the answers, shows the result with focus on it, and lets the learner try again", async () => {
    const { calls, user } = section(() => answerJson(scored(false, 2)));
    await answer(user);
    const result = await screen.findByRole("region", { name: "Your result" });
    await waitFor(() => expect(document.activeElement).toBe(result));
    expect(calls[0]).toMatchObject({
      method: "POST",
      path: "/api/me/courses/crs_1/lessons/les_1/attempts",
      body: { answers: [[0], [2]] },
    });
    expect(within(result).getByText("Not passed yet")).toBeTruthy();
    expect(within(result).getByText("You have 2 attempts left.")).toBeTruthy();
    expect(screen.queryByRole("button", { name: "Submit my answers" })).toBeNull();

    await user.click(screen.getByRole("button", { name: "Try again" }));
    expect(screen.queryByRole("region", { name: "Your result" })).toBeNull();
    const first = screen.getByRole("radio", { name: "Oui" }) as HTMLInputElement;
    await waitFor(() => expect(document.activeElement).toBe(first));
    expect(first.checked).toBe(false);
  });

  it("says why an attempt was refused", async () => {
    const { user } = section(() => answerProblem(409, "no-attempts-left"));
    await answer(user);
    expect((await screen.findByRole("alert")).textContent).toBe(
      "You have used all your attempts at this quiz.",
    );
  });
});

describe("QuizResult", () => {
  const result = {
    score: 50,
    passMark: 70,
    passed: false,
    questions: [
      { correct: true, feedback: [] },
      { correct: false, feedback: [{ option: 2, text: "C n’en est pas." }] },
    ],
  };

  it("gives the score, the verdict and each question's outcome with its feedback", () => {
    renderWithApp(
      <QuizResult heading="Your result" result={result} quiz={quiz} lang="fr" attemptsLeft={2} />,
    );
    const region = screen.getByRole("region", { name: "Your result" });
    expect(region.textContent).toContain("Score: 50% — pass mark 70%");
    expect(within(region).getByText("Not passed yet").tagName).toBe("STRONG");
    expect(within(region).getByText("Question 1: Correct")).toBeTruthy();
    const missed = within(region).getByText("Question 2: Not correct").closest("li");
    const feedback = within(missed as HTMLElement).getByRole("listitem");
    expect(feedback.textContent).toBe("C — C n’en est pas.");
    expect(within(feedback).getByText("C").getAttribute("lang")).toBe("fr");
    expect(within(region).getByText("You have 2 attempts left.")).toBeTruthy();
    expect(document.activeElement).not.toBe(region);
  });

  it("says passed, and nothing about attempts when not asked", () => {
    renderWithApp(
      <QuizResult
        heading="Your result"
        result={{ ...result, score: 100, passed: true }}
        quiz={quiz}
        lang="fr"
      />,
    );
    const region = screen.getByRole("region", { name: "Your result" });
    expect(within(region).getByText("Passed")).toBeTruthy();
    expect(region.textContent).not.toContain("attempt");
  });
});
