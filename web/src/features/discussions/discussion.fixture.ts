import type { AnswerView, Discussion, QuestionView } from "@alliance/core/web";

export const SUBJECT = "item:xch_01J9ZC3V6D8R1F3W5S9K2M4N7P";
export const QUESTION_ID = "qst_01J9ZC3V6D8R1F3W5S9K2M4N7Q";
export const ANSWER_ID = "ans_01J9ZC3V6D8R1F3W5S9K2M4N7R";

const actions = { edit: false, report: true, moderate: false };

/** An answer by Aarhus's contributor, marked as from the city. */
export function answerOf(extra: Partial<AnswerView> = {}): AnswerView {
  return {
    answerId: ANSWER_ID,
    questionId: QUESTION_ID,
    accepted: false,
    author: { userId: "usr_city", name: "Jonas Lund" },
    role: "city",
    body: "Two social workers answer the phone.",
    createdAt: "2026-11-02T10:00:00.000Z",
    editedAt: null,
    editableUntil: "2026-11-02T10:15:00.000Z",
    version: 1,
    state: "visible",
    hiddenReason: null,
    actions,
    ...extra,
  };
}

/** A question asked by Noor Bakker, with `answers`. */
export function questionOf(extra: Partial<QuestionView> = {}): QuestionView {
  return {
    questionId: QUESTION_ID,
    title: "Who answers the phone?",
    acceptedAnswerId: null,
    author: { userId: "usr_asker", name: "Noor Bakker" },
    role: null,
    body: "Is it **social workers**?",
    createdAt: "2026-11-02T09:00:00.000Z",
    editedAt: null,
    editableUntil: "2026-11-02T09:15:00.000Z",
    version: 1,
    state: "visible",
    hiddenReason: null,
    actions: { ...actions, accept: false },
    answers: [answerOf()],
    ...extra,
  };
}

export function discussionOf(questions: QuestionView[] | null, questionCount = 1): Discussion {
  return {
    subject: SUBJECT,
    questionCount,
    answerCount: 1,
    questions,
    cursor: null,
    actions: { read: questions !== null, ask: questions !== null },
  };
}
