import type { DataService } from "../data/service.ts";

/**
 * On account deletion: the person's posts stay (others' answers and the thread
 * need them) but lose their name, as do their reports and their steps in the
 * log. The log's entries by the person (gsi1) say where each of them is.
 */
export async function forgetPerson(data: DataService, userId: string): Promise<void> {
  const { discussionEvent, discussionQuestion, discussionAnswer, discussionReport } = data.entities;
  const steps = await discussionEvent.query.byPerson({ by: userId }).go({ pages: "all" });
  for (const step of steps.data) {
    const { subject, questionId, postId } = step;
    if (step.action === "asked") {
      await discussionQuestion.patch({ subject, questionId }).set({ authorName: "" }).go();
    } else if (step.action === "answered") {
      await discussionAnswer
        .patch({ subject, questionId, answerId: postId })
        .set({ authorName: "" })
        .go();
    } else if (step.action === "reported") {
      await discussionReport
        .patch({ subject, postId, reporterId: userId })
        .set({ reporterName: "" })
        .go();
    }
    await discussionEvent
      .patch({ subject, at: step.at, eventId: step.eventId })
      .set({ byName: "" })
      .go();
  }
}
