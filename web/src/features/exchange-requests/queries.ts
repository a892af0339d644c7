import type {
  ExchangeRequest,
  MessagePage,
  MessageView,
  RequestAnswer,
  RequestForm,
  RequestOutcomeForm,
  RequestPage,
} from "@alliance/core/web";
import { queryOptions, useMutation, useQueryClient } from "@tanstack/react-query";
import { api, readJson } from "../../api/client.ts";

const ifMatch = (version: number) => ({ "if-match": `"${version}"` });
const requests = () => api.api["exchange-requests"];
const one = () => requests()[":requestId"];

export const requestKeys = {
  all: ["exchange-requests"] as const,
  mine: (direction: "incoming" | "outgoing") => [...requestKeys.all, "mine", direction] as const,
  one: (requestId: string) => [...requestKeys.all, "one", requestId] as const,
  messages: (requestId: string) => [...requestKeys.all, "messages", requestId] as const,
};

export const requestQueries = {
  /** My city's requests in one direction, newest first (the first page). */
  mine: (direction: "incoming" | "outgoing") =>
    queryOptions({
      queryKey: requestKeys.mine(direction),
      queryFn: async ({ signal }): Promise<RequestPage> =>
        readJson(
          await api.api.me["exchange-requests"].$get(
            { query: { direction, limit: "50" } },
            { init: { signal } },
          ),
        ),
    }),
  one: (requestId: string) =>
    queryOptions({
      queryKey: requestKeys.one(requestId),
      queryFn: async ({ signal }): Promise<ExchangeRequest> =>
        readJson(await one().$get({ param: { requestId } }, { init: { signal } })),
    }),
  messages: (requestId: string) =>
    queryOptions({
      queryKey: requestKeys.messages(requestId),
      queryFn: async ({ signal }): Promise<MessagePage> =>
        readJson(
          await one().messages.$get(
            { param: { requestId }, query: { limit: "100" } },
            { init: { signal } },
          ),
        ),
    }),
};

/** Every step answers the request with its log: the cache takes it, the lists refresh. */
function useStep<Input>(send: (input: Input) => Promise<ExchangeRequest>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: send,
    onSuccess: (request) => {
      queryClient.setQueryData(requestKeys.one(request.requestId), request);
      void queryClient.invalidateQueries({ queryKey: [...requestKeys.all, "mine"] });
    },
  });
}

type At = { requestId: string; version: number };

export const useOpenRequest = () =>
  useStep(async (form: RequestForm) => readJson(await requests().$post({ json: form })));

export const useAnswerRequest = () =>
  useStep(async ({ requestId, version, answer }: At & { answer: RequestAnswer }) =>
    readJson(
      await one().answer.$post({ param: { requestId }, json: answer, header: ifMatch(version) }),
    ),
  );

export const useAcceptDate = () =>
  useStep(async ({ requestId, version }: At) =>
    readJson(await one()["accept-date"].$post({ param: { requestId }, header: ifMatch(version) })),
  );

export const useWithdrawRequest = () =>
  useStep(async ({ requestId, version }: At) =>
    readJson(
      await one().withdraw.$post({ param: { requestId }, json: {}, header: ifMatch(version) }),
    ),
  );

export const useRecordOutcome = () =>
  useStep(async ({ requestId, version, outcome }: At & { outcome: RequestOutcomeForm }) =>
    readJson(
      await one().outcome.$post({ param: { requestId }, json: outcome, header: ifMatch(version) }),
    ),
  );

/** The draft's id; the request is read again (it now names the draft). */
export function useDraftExperience() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async ({ requestId, version }: At) =>
      readJson(await one().experience.$post({ param: { requestId }, header: ifMatch(version) })),
    onSuccess: (_draft, { requestId }) =>
      queryClient.invalidateQueries({ queryKey: requestKeys.one(requestId) }),
  });
}

/** Posting, editing and reporting a message refresh the thread. */
function useThreadStep<Input extends { requestId: string }, Output>(
  send: (input: Input) => Promise<Output>,
) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: send,
    onSuccess: (_output, { requestId }) =>
      queryClient.invalidateQueries({ queryKey: requestKeys.messages(requestId) }),
  });
}

export const usePostMessage = () =>
  useThreadStep(
    async ({ requestId, body }: { requestId: string; body: string }): Promise<MessageView> =>
      readJson(await one().messages.$post({ param: { requestId }, json: { body } })),
  );

export const useEditMessage = () =>
  useThreadStep(
    async ({
      requestId,
      messageId,
      body,
      version,
    }: {
      requestId: string;
      messageId: string;
      body: string;
      version: number;
    }): Promise<MessageView> =>
      readJson(
        await one().messages[":messageId"].$patch({
          param: { requestId, messageId },
          json: { body },
          header: ifMatch(version),
        }),
      ),
  );

export const useReportMessage = () =>
  useThreadStep(
    async ({
      requestId,
      messageId,
      reason,
    }: {
      requestId: string;
      messageId: string;
      reason: string;
    }) => {
      const answer = await one().messages[":messageId"].report.$post({
        param: { requestId, messageId },
        json: { reason },
      });
      if (!answer.ok) await readJson(answer);
      return null;
    },
  );
