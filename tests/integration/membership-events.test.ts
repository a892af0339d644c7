import { type ChangeConsumer, type TableChange, withActor } from "@alliance/core";
import { afterEach, describe, expect, it } from "vitest";
import { type ChangeStream, changeStream } from "./support/change-stream.ts";
import { APPLICATION } from "./support/membership-fixtures.ts";

/**
 * What the events-and-notifications work will subscribe to (decision 0033): one
 * insert of `membershipEvent` per step of an application, carrying what a
 * notification needs, on DynamoDB Local's real stream.
 */

let stream: ChangeStream | undefined;
afterEach(async () => {
  await stream?.stop();
  stream = undefined;
});

const applicant = {
  kind: "user",
  subject: "sub-applicant",
  username: "applicant",
  roles: [],
} as const;
const admin = { kind: "user", subject: "sub-admin", username: "admin", roles: ["admin"] } as const;

describe("membership's domain events on the change stream", () => {
  it("are the log's inserts, one per step, in order, with the application's state after it", async () => {
    const seen: TableChange[] = [];
    const consumer: ChangeConsumer = {
      name: "membership-events-test",
      wants: (change) => change.entity === "membershipEvent" && change.kind === "insert",
      handle: async (change) => {
        seen.push(change);
      },
    };
    stream = await changeStream({ consumers: () => [consumer] });
    const { membership } = stream.core;
    const sent = await withActor(applicant, () => membership.submit(APPLICATION));
    const { applicationId } = sent;
    await withActor(admin, () =>
      membership.review(
        applicationId,
        { decision: "request-information", message: "Who leads the network?" },
        1,
      ),
    );
    await withActor(applicant, () => membership.withdraw(applicationId, 2));
    await stream.start();
    await stream.poller.drained();

    expect(seen.map((change) => change.newImage)).toEqual([
      expect.objectContaining({
        applicationId,
        action: "submitted",
        state: "submitted",
        applicantId: sent.applicant.userId,
        cityName: "Tampere",
        by: sent.applicant.userId,
      }),
      expect.objectContaining({
        applicationId,
        action: "information-requested",
        state: "information-requested",
        message: "Who leads the network?",
        byName: "admin",
      }),
      expect.objectContaining({ applicationId, action: "withdrawn", state: "withdrawn" }),
    ]);
    // Nothing else of membership reaches this consumer: the applications' own changes are not its events.
    expect(new Set(seen.map((change) => change.entity))).toEqual(new Set(["membershipEvent"]));
  });
});
