import type { ApiClient } from "@alliance/api/client";
import { type Caller, ifMatch, ok, type TestContext } from "./context.ts";

type Discussions = ApiClient["api"]["discussions"][":subject"];
export type QuestionForm = Parameters<Discussions["questions"]["$post"]>[0]["json"];

export const QUESTION: QuestionForm = {
  title: "How did you recruit the mentors?",
  body: "We are starting a similar programme. **Who** trained the volunteers, and for how long?",
};
export const ANSWER = { body: "Through the youth associations; three days of training." };

/** The discussion routes of `subject` as `caller`, typed. */
export const discussionOf = (ctx: TestContext, caller: Caller | undefined, subject: string) => ({
  discussion: ctx.api(caller).api.discussions[":subject"],
  question: ctx.api(caller).api.discussions[":subject"].questions[":questionId"],
  answer: ctx.api(caller).api.discussions[":subject"].questions[":questionId"].answers[":answerId"],
  param: { subject },
});

/** A question asked by `asker` on `subject`: its id and version. */
export async function asked(ctx: TestContext, asker: Caller, subject: string) {
  const { discussion, param } = discussionOf(ctx, asker, subject);
  const question = await ok(discussion.questions.$post({ param, json: QUESTION }));
  return { subject, questionId: question.questionId, version: question.version };
}

/** An answer by `author` to a new question of `asker` on `subject`. */
export async function answered(ctx: TestContext, asker: Caller, author: Caller, subject: string) {
  const question = await asked(ctx, asker, subject);
  const { question: routes, param } = discussionOf(ctx, author, subject);
  const answer = await ok(
    routes.answers.$post({
      param: { ...param, questionId: question.questionId },
      json: ANSWER,
    }),
  );
  return { ...question, answerId: answer.answerId, answerVersion: answer.version };
}

/** A question of `asker` on `subject`, hidden by `admin`. */
export async function hiddenQuestion(
  ctx: TestContext,
  asker: Caller,
  admin: Caller,
  subject: string,
) {
  const made = await asked(ctx, asker, subject);
  const { question } = discussionOf(ctx, admin, subject);
  await ok(
    question.moderation.$post({
      param: { subject, questionId: made.questionId },
      json: { decision: "hide", reason: "Names a private person." },
      header: ifMatch(made.version),
    }),
  );
  return { ...made, version: made.version + 1 };
}
