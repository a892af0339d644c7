import type {
  Observation,
  ObservationForm,
  ObservationPage,
  ObservationPatch,
  ObservationReview,
  Picture,
  PictureQuery,
} from "@alliance/core/web";
import { queryOptions, useMutation, useQueryClient } from "@tanstack/react-query";
import { api, readJson } from "../../api/client.ts";

const observations = () => api.api.signals.observations;
const one = () => observations()[":observationId"];

export const signalKeys = {
  all: ["signals"] as const,
  picture: (query: PictureQuery) => [...signalKeys.all, "picture", query] as const,
  mine: () => [...signalKeys.all, "mine"] as const,
  one: (observationId: string) => [...signalKeys.all, "one", observationId] as const,
  queue: () => [...signalKeys.all, "queue"] as const,
};

export const signalQueries = {
  picture: (query: PictureQuery) =>
    queryOptions({
      queryKey: signalKeys.picture(query),
      queryFn: async ({ signal }): Promise<Picture> =>
        readJson(await api.api.signals.picture.$get({ query }, { init: { signal } })),
    }),
  mine: () =>
    queryOptions({
      queryKey: signalKeys.mine(),
      queryFn: async ({ signal }): Promise<ObservationPage> =>
        readJson(
          await api.api.me.signals.observations.$get(
            { query: { limit: "100" } },
            { init: { signal } },
          ),
        ),
    }),
  one: (observationId: string) =>
    queryOptions({
      queryKey: signalKeys.one(observationId),
      queryFn: async ({ signal }): Promise<Observation> =>
        readJson(await one().$get({ param: { observationId } }, { init: { signal } })),
    }),
  queue: () =>
    queryOptions({
      queryKey: signalKeys.queue(),
      queryFn: async ({ signal }): Promise<ObservationPage> =>
        readJson(
          await api.api.signals["review-queue"].$get(
            { query: { limit: "100" } },
            { init: { signal } },
          ),
        ),
    }),
};

/** The picture as CSV, fetched with the person's token (a plain link carries none). */
export async function fetchPictureCsv(query: PictureQuery): Promise<Blob> {
  const response = await api.api.signals.picture.export.$get({ query });
  if (!response.ok) await readJson(response);
  return response.blob();
}

function useSignalChange<Input>(send: (input: Input) => Promise<Observation>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: send,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: signalKeys.all }),
  });
}

export const useRecordObservation = () =>
  useSignalChange(async (form: ObservationForm) =>
    readJson(await observations().$post({ json: form })),
  );

export const useReviewObservation = () =>
  useSignalChange(
    async ({
      observationId,
      version,
      review,
    }: {
      observationId: string;
      version: number;
      review: ObservationReview;
    }) =>
      readJson(
        await one().review.$post({
          param: { observationId },
          json: review,
          header: { "if-match": `"${version}"` },
        }),
      ),
  );

/** An edit by a member of its city, at the version it loaded; it goes back to review. */
export const useEditObservation = () =>
  useSignalChange(
    async ({
      observationId,
      version,
      patch,
    }: {
      observationId: string;
      version: number;
      patch: ObservationPatch;
    }) =>
      readJson(
        await one().$patch({
          param: { observationId },
          json: patch,
          header: { "if-match": `"${version}"` },
        }),
      ),
  );
