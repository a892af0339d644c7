import { answerViewSchema, questionViewSchema } from "@alliance/core/discussions";
import { json } from "./json.ts";
import { problems } from "./problems.ts";

export const discussionTags = ["Discussions"];

/** A post as the caller sees it, its version as ETag. */
const post = <T>(description: string, schema: T) => ({
  description,
  headers: { ETag: { schema: { type: "string" as const } } },
  content: json(schema),
});

export const questionResponse = (description: string) => post(description, questionViewSchema);
export const answerResponse = (description: string) => post(description, answerViewSchema);

/** What a new post answers besides 201: a bad body, no published subject, the hourly limit. */
export const newPostProblems = problems(400, 401, 404, 409, 429, 503);

/** What an If-Match change of an existing post answers besides 200. */
export const postChangeProblems = problems(400, 401, 403, 404, 409, 412, 428, 503);
