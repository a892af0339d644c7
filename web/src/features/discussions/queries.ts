import type {
  AcceptAnswer,
  AnswerForm,
  Discussion,
  PostModeration,
  PostReport,
  QuestionForm,
  ReportedPostPage,
} from "@alliance/core/web";
import {
  infiniteQueryOptions,
  type QueryClient,
  useMutation,
  useQueryClient,
} from "@tanstack/react-query";
import { api, readJson } from "../../api/client.ts";

const discussions = () => api.api.discussions[":subject"];
const ifMatch = (version: number) => ({ "if-match": `"${version}"` });
/** What the typed client answers, as readJson reads it. */
type Answer = { ok: boolean; status: number; json(): Promise<unknown> };

export const discussionKeys = {
  all: ["discussions"] as const,
  /** Signed in or out: a visitor's cache holds counts, a member's the posts. */
  one: (subject: string, member: boolean) =>
    [...discussionKeys.all, "one", subject, member] as const,
  reports: () => [...discussionKeys.all, "reports"] as const,
};

/** Where a post is: its discussion, its question, its answer for an answer. */
export interface PostAt {
  subject: string;
  questionId: string;
  answerId?: string | undefined;
}

export const discussionQueries = {
  /** A discussion, a page of questions at a time (the counts only for a visitor). */
  discussion: (subject: string, member: boolean) =>
    infiniteQueryOptions({
      queryKey: discussionKeys.one(subject, member),
      queryFn: async ({ pageParam, signal }): Promise<Discussion> =>
        readJson(
          await discussions().$get(
            { param: { subject }, query: pageParam ? { cursor: pageParam } : {} },
            { init: { signal } },
          ),
        ),
      initialPageParam: undefined as string | undefined,
      getNextPageParam: (last) => last.cursor ?? undefined,
    }),
  /** The administrators' queue of reported posts. */
  reports: () =>
    infiniteQueryOptions({
      queryKey: discussionKeys.reports(),
      queryFn: async ({ pageParam, signal }): Promise<ReportedPostPage> =>
        readJson(
          await api.api.admin["discussion-reports"].$get(
            { query: pageParam ? { cursor: pageParam } : {} },
            { init: { signal } },
          ),
        ),
      initialPageParam: undefined as string | undefined,
      getNextPageParam: (last) => last.cursor ?? undefined,
    }),
};

/**
 * A discussion as a visitor reads it (its counts), for the server to render with the page
 * it sits on: the browser then has it from the page and asks for nothing while the page
 * starts (decision 0118).
 */
export function prefetchDiscussion(queryClient: QueryClient, subject: string): Promise<void> {
  return queryClient.prefetchInfiniteQuery(discussionQueries.discussion(subject, false));
}

/** Every change refreshes the discussions and the queue. */
function useChange<Input>(send: (input: Input) => Promise<Answer | Response>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (input: Input) => readJsonOrNothing(await send(input)),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: discussionKeys.all }),
  });
}

/** A 204 has no body to read; anything else goes through readJson (which throws on errors). */
async function readJsonOrNothing(response: Answer | Response): Promise<unknown> {
  if (response.status === 204) return null;
  return readJson(response as Answer);
}

const question = () => discussions().questions[":questionId"];
const answer = () => question().answers[":answerId"];

export const useAsk = () =>
  useChange(({ subject, form }: { subject: string; form: QuestionForm }) =>
    discussions().questions.$post({ param: { subject }, json: form }),
  );

export const useAnswer = () =>
  useChange(({ at, form }: { at: PostAt; form: AnswerForm }) =>
    question().answers.$post({
      param: { subject: at.subject, questionId: at.questionId },
      json: form,
    }),
  );

/** Edits a question (`title` and `body`) or an answer (`body`), with the version shown. */
export const useEdit = () =>
  useChange(
    ({ at, form, version }: { at: PostAt; form: QuestionForm | AnswerForm; version: number }) =>
      at.answerId
        ? answer().$patch({
            param: { subject: at.subject, questionId: at.questionId, answerId: at.answerId },
            json: { body: form.body },
            header: ifMatch(version),
          })
        : question().$patch({
            param: { subject: at.subject, questionId: at.questionId },
            json: form as QuestionForm,
            header: ifMatch(version),
          }),
  );

export const useAccept = () =>
  useChange(({ at, choice, version }: { at: PostAt; choice: AcceptAnswer; version: number }) =>
    question().accept.$post({
      param: { subject: at.subject, questionId: at.questionId },
      json: choice,
      header: ifMatch(version),
    }),
  );

export const useReport = () =>
  useChange(({ at, report }: { at: PostAt; report: PostReport }) =>
    at.answerId
      ? answer().report.$post({
          param: { subject: at.subject, questionId: at.questionId, answerId: at.answerId },
          json: report,
        })
      : question().report.$post({
          param: { subject: at.subject, questionId: at.questionId },
          json: report,
        }),
  );

export const useModerate = () =>
  useChange(
    ({ at, decision, version }: { at: PostAt; decision: PostModeration; version: number }) =>
      at.answerId
        ? answer().moderation.$post({
            param: { subject: at.subject, questionId: at.questionId, answerId: at.answerId },
            json: decision,
            header: ifMatch(version),
          })
        : question().moderation.$post({
            param: { subject: at.subject, questionId: at.questionId },
            json: decision,
            header: ifMatch(version),
          }),
  );

/** The page of the item or course a discussion is about. */
export function subjectPath(subject: string): string {
  const [kind, id] = subject.split(":");
  return kind === "course" ? `/courses/${id}` : `/exchange/items/${id}`;
}
