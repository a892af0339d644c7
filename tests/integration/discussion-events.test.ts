import {
  type ChangeConsumer,
  currentMember,
  newId,
  type Role,
  type TableChange,
  withActor,
} from "@alliance/core";
import { afterEach, describe, expect, it } from "vitest";
import { type ChangeStream, changeStream } from "./support/change-stream.ts";
import { ANSWER, QUESTION } from "./support/discussion-fixtures.ts";

/**
 * What notifications will subscribe to (decision 0036): one insert of
 * `discussionEvent` per step of a discussion, carrying whom it concerns, on
 * DynamoDB Local's real stream.
 */

let stream: ChangeStream | undefined;
afterEach(async () => {
  await stream?.stop();
  stream = undefined;
});

const person = (name: string, roles: Role[] = []) =>
  ({ kind: "user", subject: `sub-${name}`, username: name, roles }) as const;
const asker = person("asker");
const trainer = person("trainer", ["trainer"]);

describe("discussions' domain events on the change stream", () => {
  it("are the log's inserts, one per step, in order, naming the asker, the author and the course's trainers", async () => {
    const seen: TableChange[] = [];
    const consumer: ChangeConsumer = {
      name: "discussion-events-test",
      wants: (change) => change.entity === "discussionEvent" && change.kind === "insert",
      handle: async (change) => {
        seen.push(change);
      },
    };
    stream = await changeStream({ consumers: () => [consumer] });
    const { core } = stream;
    const trainerId = (await withActor(trainer, () => currentMember(core.data))).userId;
    const courseId = newId("crs");
    await core.data.entities.courseListing
      .create({
        courseId,
        versionNumber: 1,
        listed: true,
        ownerIds: [trainerId],
        view: {} as never,
        publishedAt: new Date().toISOString(),
      })
      .go();
    const subject = `course:${courseId}`;
    const { discussions } = core;
    const question = await withActor(asker, () => discussions.ask(subject, QUESTION));
    const answer = await withActor(trainer, () =>
      discussions.answer(subject, question.questionId, ANSWER),
    );
    expect(answer.role).toBe("trainer");
    await withActor(asker, () =>
      discussions.accept(subject, question.questionId, { answerId: answer.answerId }, 1),
    );
    await stream.start();
    await stream.poller.drained();

    const askerId = question.author?.userId;
    const about = { subject, questionId: question.questionId, subjectTrainerIds: [trainerId] };
    expect(seen.map((change) => change.newImage)).toEqual([
      expect.objectContaining({ ...about, action: "asked", by: askerId, postAuthorId: askerId }),
      expect.objectContaining({
        ...about,
        action: "answered",
        postId: answer.answerId,
        postAuthorId: trainerId,
        questionAuthorId: askerId,
        byName: "trainer",
      }),
      expect.objectContaining({
        ...about,
        action: "accepted",
        answerId: answer.answerId,
        postAuthorId: trainerId,
        by: askerId,
      }),
    ]);
    expect(new Set(seen.map((change) => change.entity))).toEqual(new Set(["discussionEvent"]));
  });
});
