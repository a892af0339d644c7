import { randomUUID } from "node:crypto";
import {
  type ChangeConsumer,
  contributorGrantConsumer,
  createCognitoDirectory,
  createCore,
  type IdentityDirectory,
  loadConfig,
  type TableChange,
  withActor,
} from "@alliance/core";
import { createUser } from "@alliance/dev";
import { afterEach, describe, expect, inject, it } from "vitest";
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

describe("an approval whose role grant failed", () => {
  it("is healed by the change stream: the applicant becomes a contributor once Cognito answers", async () => {
    const cognito = createCognitoDirectory(loadConfig(inject("apiEnv")));
    const username = `grant-${randomUUID()}`;
    const user = await createUser(inject("localCloud"), { username, password: "Grant-me-1!" });
    const person = { kind: "user", subject: user.subject, username, roles: [] } as const;

    // Cognito fails every role change during the approval, after the commit.
    const failing: IdentityDirectory = {
      ...cognito,
      setRoles: () => Promise.reject(new Error("Cognito timed out")),
    };
    let attempts = 0;
    const flaky: IdentityDirectory = {
      ...cognito,
      async setRoles(name, roles) {
        attempts += 1;
        if (attempts === 1) throw new Error("Cognito still down");
        return cognito.setRoles(name, roles);
      },
    };
    stream = await changeStream({
      consumers: (core) => [contributorGrantConsumer(core.data, flaky)],
    });
    const approving = createCore({ config: loadConfig(stream.env), directory: failing });
    const sent = await withActor(person, () => approving.membership.submit(APPLICATION));
    const approved = await withActor(admin, () =>
      approving.membership.review(sent.applicationId, { decision: "approve" }, 1),
    );
    expect(approved.state).toBe("approved");
    expect(await cognito.rolesOf(username)).toEqual([]);

    // The stream retries the failed batch; the second attempt reaches Cognito.
    await stream.start({ retryAttempts: 3 });
    await stream.poller.drained();
    expect(await cognito.rolesOf(username)).toEqual(["contributor"]);
    expect(attempts).toBe(2);

    // Replayed, it changes nothing: a contributor already is one.
    const consumer = contributorGrantConsumer(stream.core.data, flaky);
    await consumer.handle({
      eventId: "replay",
      kind: "insert",
      entity: "membershipEvent",
      keys: {},
      newImage: { action: "approved", applicantId: sent.applicant.userId, cityId: approved.cityId },
      at: new Date().toISOString(),
      sequenceNumber: "1",
    });
    expect(attempts).toBe(2);
  });

  it("grants nothing to a person an administrator has since moved to another city", async () => {
    let granted = 0;
    const directory = {
      rolesOf: async () => [],
      setRoles: async () => {
        granted += 1;
      },
    } as unknown as IdentityDirectory;
    stream = await changeStream({ consumers: () => [] });
    const consumer = contributorGrantConsumer(stream.core.data, directory);
    const username = `moved-${randomUUID()}`;
    const person = { kind: "user", subject: `sub-${username}`, username, roles: [] } as const;
    const profile = await withActor(person, () => stream?.core.profile.getMe());
    await consumer.handle({
      eventId: "moved",
      kind: "insert",
      entity: "membershipEvent",
      keys: {},
      newImage: { action: "approved", applicantId: profile?.userId, cityId: "cty_elsewhere" },
      at: new Date().toISOString(),
      sequenceNumber: "1",
    });
    expect(granted).toBe(0);
  });
});
