import type { CourseDraft, CourseDraftSummary, CourseVersionEntry } from "@alliance/core/web";
import { queryOptions, useMutation, useQueryClient } from "@tanstack/react-query";
import { api, readJson } from "../../../api/client.ts";

export interface Trainer {
  userId: string;
  displayName: string;
}

/** Cache keys of course authoring; all of it belongs to the signed-in trainer. */
export const authoringKeys = {
  all: ["authoring"] as const,
  mine: () => [...authoringKeys.all, "mine"] as const,
  trainers: () => [...authoringKeys.all, "trainers"] as const,
  draft: (courseId: string) => [...authoringKeys.all, "draft", courseId] as const,
  versions: (courseId: string) => [...authoringKeys.all, "versions", courseId] as const,
};

export const authoringQueries = {
  mine: () =>
    queryOptions({
      queryKey: authoringKeys.mine(),
      queryFn: async ({ signal }): Promise<CourseDraftSummary[]> => {
        const body = await readJson(await api.api.courses.mine.$get({}, { init: { signal } }));
        return body.items;
      },
    }),
  /**
   * The draft as this page last saw it. Never refreshed in the background: its
   * version is what the next change sends, so a change made elsewhere shows as a
   * 412 the trainer resolves, not as values that shift under their hands.
   */
  draft: (courseId: string) =>
    queryOptions({
      queryKey: authoringKeys.draft(courseId),
      queryFn: async ({ signal }): Promise<CourseDraft> =>
        readJson(
          await api.api.courses[":courseId"].draft.$get(
            { param: { courseId } },
            { init: { signal } },
          ),
        ),
      staleTime: Number.POSITIVE_INFINITY,
      refetchOnReconnect: false,
    }),
  versions: (courseId: string) =>
    queryOptions({
      queryKey: authoringKeys.versions(courseId),
      queryFn: async ({ signal }): Promise<CourseVersionEntry[]> => {
        const route = api.api.courses[":courseId"].versions;
        const body = await readJson(
          await route.$get({ param: { courseId } }, { init: { signal } }),
        );
        return body.items;
      },
    }),
  trainers: () =>
    queryOptions({
      queryKey: authoringKeys.trainers(),
      queryFn: async ({ signal }): Promise<Trainer[]> => {
        const body = await readJson(await api.api.trainers.$get({}, { init: { signal } }));
        return body.items;
      },
      staleTime: 5 * 60_000,
    }),
};

/** The If-Match header of a change made on top of `version`. */
export type IfMatch = { "if-match": string };

/** One change to a draft: given the If-Match to send, it answers the new draft. */
export type DraftChange = (ifMatch: IfMatch) => Promise<CourseDraft>;

/**
 * Runs changes to one course's draft one after the other (a mutation scope), each
 * with the version the previous one left in the cache: quick clicks on "Move up"
 * never race each other into a 412. Only a change made elsewhere does.
 */
export function useDraftChange(courseId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    scope: { id: `course-draft:${courseId}` },
    mutationFn: async (change: DraftChange): Promise<CourseDraft> => {
      const current = queryClient.getQueryData<CourseDraft>(authoringKeys.draft(courseId));
      if (!current) throw new Error("The draft is not loaded");
      return change({ "if-match": `"${current.version}"` });
    },
    onSuccess: (draft) => {
      queryClient.setQueryData(authoringKeys.draft(courseId), draft);
      void queryClient.invalidateQueries({ queryKey: authoringKeys.mine() });
    },
  });
}

/** Starts a course: the new draft goes straight into the cache for the editor. */
export function useCreateCourse() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (title: string): Promise<CourseDraft> =>
      readJson(await api.api.courses.$post({ json: { title } })),
    onSuccess: (draft) => {
      queryClient.setQueryData(authoringKeys.draft(draft.courseId), draft);
      void queryClient.invalidateQueries({ queryKey: authoringKeys.mine() });
    },
  });
}
