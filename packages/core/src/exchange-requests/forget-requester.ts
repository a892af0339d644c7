import type { DataService } from "../data/service.ts";

/**
 * On account deletion: the requests, messages, outcomes and reports of the person stay
 * (the other city and the log need them) but lose their name, as do their steps in the
 * log. The log's entries by the person (gsi1) say where each of them is.
 */
export async function forgetRequester(data: DataService, userId: string): Promise<void> {
  const { exchangeRequestEvent, exchangeRequest, requestMessage, requestMessageReport } =
    data.entities;
  const steps = await exchangeRequestEvent.query.byPerson({ by: userId }).go({ pages: "all" });
  for (const step of steps.data) {
    const { requestId, messageId } = step;
    if (step.action === "requested") {
      await exchangeRequest.patch({ requestId }).set({ requesterName: "" }).go();
    } else if (step.action === "message-posted" && messageId) {
      await requestMessage.patch({ requestId, messageId }).set({ authorName: "" }).go();
    } else if (step.action === "outcome-recorded") {
      const { data: request } = await exchangeRequest.get({ requestId }).go();
      if (request?.outcome?.by === userId) {
        await exchangeRequest
          .patch({ requestId })
          .set({ outcome: { ...request.outcome, byName: "" } })
          .go();
      }
    } else if (step.action === "message-reported" && messageId) {
      await requestMessageReport
        .patch({ requestId, messageId, reporterId: userId })
        .set({ reporterName: "" })
        .go();
    }
    await exchangeRequestEvent
      .patch({ requestId, at: step.at, eventId: step.eventId })
      .set({ byName: "" })
      .go();
  }
}
