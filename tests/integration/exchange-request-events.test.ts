import {
  type ChangeConsumer,
  COUNTRIES,
  currentMember,
  newId,
  type Role,
  type TableChange,
  withActor,
} from "@alliance/core";
import { afterEach, describe, expect, it } from "vitest";
import { type ChangeStream, changeStream } from "./support/change-stream.ts";
import { OUTCOME, requestTo } from "./support/exchange-request-fixtures.ts";

/**
 * What notifications will subscribe to (decision 0037): one insert of
 * `exchangeRequestEvent` per step of a request and its conversation, carrying both
 * cities, the requester and who acted, on DynamoDB Local's real stream.
 */

let stream: ChangeStream | undefined;
afterEach(async () => {
  await stream?.stop();
  stream = undefined;
});

const person = (name: string, roles: Role[]) =>
  ({ kind: "user", subject: `sub-${name}`, username: name, roles }) as const;
const asker = person("asker", ["contributor"]);
const host = person("host", ["contributor"]);

describe("exchange requests' domain events on the change stream", () => {
  it("are the log's inserts, one per step, in order, naming both cities and whom each concerns", async () => {
    const seen: TableChange[] = [];
    const consumer: ChangeConsumer = {
      name: "exchange-request-events-test",
      wants: (change) => change.entity === "exchangeRequestEvent" && change.kind === "insert",
      handle: async (change) => {
        seen.push(change);
      },
    };
    stream = await changeStream({ consumers: () => [consumer] });
    const { core } = stream;
    const at = new Date().toISOString();
    const [fromCityId, toCityId] = [newId("cty"), newId("cty")];
    for (const [cityId, name] of [
      [fromCityId, "Tampere"],
      [toCityId, "Graz"],
    ] as const) {
      await core.data.entities.city
        .create({
          cityId,
          name,
          country: COUNTRIES[0],
          description: "A member city of the stream test.",
          createdAt: at,
          updatedAt: at,
          version: 1,
        })
        .go();
    }
    // Each person's profile names their city, as an administrator would have set it.
    for (const [actor, cityId] of [
      [asker, fromCityId],
      [host, toCityId],
    ] as const) {
      const member = await withActor(actor, () => currentMember(core.data));
      await core.data.entities.user.patch({ subject: actor.subject }).set({ cityId }).go();
      expect(member.userId).toMatch(/^usr_/);
    }
    const requests = core.exchangeRequests;
    const made = await withActor(asker, () => requests.open(requestTo(toCityId)));
    const accepted = await withActor(host, () =>
      requests.answer(made.requestId, { decision: "accept", message: "Welcome." }, 1),
    );
    const message = await withActor(host, () =>
      requests.thread.post(made.requestId, { body: "See you on Tuesday." }),
    );
    await withActor(asker, () => requests.recordOutcome(made.requestId, OUTCOME, accepted.version));
    await stream.start();
    await stream.poller.drained();

    const both = {
      requestId: made.requestId,
      fromCityId,
      toCityId,
      requesterId: made.requester.userId,
    };
    expect(seen.map((change) => change.newImage)).toEqual([
      expect.objectContaining({
        ...both,
        action: "requested",
        state: "open",
        byCityId: fromCityId,
      }),
      expect.objectContaining({
        ...both,
        action: "accepted",
        state: "accepted",
        byCityId: toCityId,
        message: "Welcome.",
      }),
      expect.objectContaining({
        ...both,
        action: "message-posted",
        messageId: message.messageId,
        messageAuthorId: message.author?.userId,
      }),
      expect.objectContaining({
        ...both,
        action: "outcome-recorded",
        state: "completed",
        message: OUTCOME.summary,
      }),
    ]);
  });
});
