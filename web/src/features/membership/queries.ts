import type {
  Application,
  ApplicationForm,
  ApplicationPage,
  ApplicationReview,
  ApplicationState,
  ApplicationSummary,
} from "@alliance/core/web";
import {
  infiniteQueryOptions,
  queryOptions,
  useMutation,
  useQueryClient,
} from "@tanstack/react-query";
import { api, readJson } from "../../api/client.ts";

const ifMatch = (version: number) => ({ "if-match": `"${version}"` });
const applications = () => api.api.membership.applications;
const PAGE = 25;
/** What the typed client answers, as readJson reads it. */
type Answer = { ok: boolean; status: number; json(): Promise<unknown> };

export const membershipKeys = {
  all: ["membership"] as const,
  mine: () => [...membershipKeys.all, "mine"] as const,
  one: (applicationId: string) => [...membershipKeys.all, "one", applicationId] as const,
  queue: (state: ApplicationState | "all") => [...membershipKeys.all, "queue", state] as const,
};

export const membershipQueries = {
  /** The signed-in person's applications, newest first. */
  mine: () =>
    queryOptions({
      queryKey: membershipKeys.mine(),
      queryFn: async ({ signal }): Promise<ApplicationSummary[]> =>
        (await readJson(await api.api.me["membership-applications"].$get({}, { init: { signal } })))
          .items,
    }),
  /** One application with its log (its applicant, administrators). */
  one: (applicationId: string) =>
    queryOptions({
      queryKey: membershipKeys.one(applicationId),
      queryFn: async ({ signal }): Promise<Application> =>
        readJson(
          await applications()[":applicationId"].$get(
            { param: { applicationId } },
            { init: { signal } },
          ),
        ),
    }),
  /** The administrators' queue in one state (or all), a page at a time. */
  queue: (state: ApplicationState | "all") =>
    infiniteQueryOptions({
      queryKey: membershipKeys.queue(state),
      queryFn: async ({ pageParam, signal }): Promise<ApplicationPage> => {
        const query = {
          limit: String(PAGE),
          ...(state !== "all" && { state }),
          ...(pageParam && { cursor: pageParam }),
        };
        return readJson(
          await api.api.admin["membership-applications"].$get({ query }, { init: { signal } }),
        );
      },
      initialPageParam: undefined as string | undefined,
      getNextPageParam: (last) => last.cursor ?? undefined,
    }),
};

/** Every step answers the application with its log: the cache takes it, lists refresh. */
function useStep<Input>(send: (input: Input) => Promise<Answer>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (input: Input) => (await readJson(await send(input))) as Application,
    onSuccess: (application) => {
      queryClient.setQueryData(membershipKeys.one(application.applicationId), application);
      void queryClient.invalidateQueries({ queryKey: membershipKeys.mine() });
      void queryClient.invalidateQueries({ queryKey: [...membershipKeys.all, "queue"] });
    },
  });
}

export const useSubmitApplication = () =>
  useStep((form: ApplicationForm) => applications().$post({ json: form }));

export const useResubmitApplication = () =>
  useStep(
    ({
      applicationId,
      form,
      version,
    }: {
      applicationId: string;
      form: ApplicationForm;
      version: number;
    }) =>
      applications()[":applicationId"].resubmit.$post({
        param: { applicationId },
        json: form,
        header: ifMatch(version),
      }),
  );

export const useWithdrawApplication = () =>
  useStep(({ applicationId, version }: { applicationId: string; version: number }) =>
    applications()[":applicationId"].withdraw.$post({
      param: { applicationId },
      header: ifMatch(version),
    }),
  );

export const useReviewApplication = () =>
  useStep(
    ({
      applicationId,
      review,
      version,
    }: {
      applicationId: string;
      review: ApplicationReview;
      version: number;
    }) =>
      applications()[":applicationId"].review.$post({
        param: { applicationId },
        json: review,
        header: ifMatch(version),
      }),
  );
