import {
  type ChangeConsumer,
  createDataService,
  createDynamoClient,
  currentMember,
  type EventForm,
  notificationsConsumer,
  type Role,
  type UserActor,
  withActor,
} from "@alliance/core";
import { matchesSearch } from "@alliance/core/exchange-search";
import { LOCAL_REGION } from "@alliance/dev";
import { afterEach, describe, expect, inject, it } from "vitest";
import { type ChangeStream, changeStream } from "./support/change-stream.ts";
import { eventForm } from "./support/event-fixtures.ts";
import { APPLICATION } from "./support/membership-fixtures.ts";

/*
 * The `notifications` consumer on DynamoDB Local's real stream (decision 0062): the
 * domain events become notifications for the people they concern, once each, even
 * when the consumer fails halfway and the batch is retried; none for a deleted account.
 */

let stream: ChangeStream | undefined;
afterEach(async () => {
  await stream?.stop();
  stream = undefined;
});

const person = (name: string, roles: Role[] = []) =>
  ({ kind: "user", subject: `sub-${name}`, username: name, roles }) as const;
const trainer = person("trainer", ["trainer"]);
const admin = person("admin", ["admin"]);
const people = { ada: person("ada"), ben: person("ben"), cleo: person("cleo"), dan: person("dan") };

/**
 * The notifications consumer over its own client to DynamoDB Local, whose second write
 * of a notification fails once, as a throttled DynamoDB would; `writes` counts them all.
 */
function failingOnce(stream: () => ChangeStream) {
  const counter = { writes: 0 };
  let consumer: ChangeConsumer | undefined;
  const real = () => {
    if (consumer) return consumer;
    const { tableName } = stream();
    const client = createDynamoClient({
      region: LOCAL_REGION,
      dynamoEndpoint: inject("localCloud").endpoints.dynamodb,
    });
    client.middlewareStack.add(
      (next) => async (args) => {
        const item = (args.input as { Item?: Record<string, unknown> }).Item;
        if (item?.__edb_e__ === "notification") {
          counter.writes += 1;
          if (counter.writes === 2) {
            throw Object.assign(new Error("Throughput exceeded"), {
              name: "ProvisionedThroughputExceededException",
            });
          }
        }
        return next(args);
      },
      { step: "initialize", name: "failSecondNotificationWrite" },
    );
    consumer = notificationsConsumer(createDataService(client, tableName), matchesSearch);
    return consumer;
  };
  const wrapper: ChangeConsumer = {
    name: "notifications",
    wants: (change) => real().wants(change),
    handle: (change) => real().handle(change),
  };
  return { consumer: wrapper, counter };
}

async function inboxOf(stream: ChangeStream, who: UserActor) {
  const page = await withActor(who, () => stream.core.notifications.list({}));
  return page.items;
}

describe("the notifications consumer", () => {
  it("tells every registered and waiting person of a cancelled event exactly once, though it failed halfway and the batch was retried", async () => {
    const flaky = failingOnce(() => stream as ChangeStream);
    stream = await changeStream({ consumers: () => [flaky.consumer] });
    const { core } = stream;
    for (const who of Object.values(people)) await withActor(who, () => currentMember(core.data));
    const danId = (await withActor(people.dan, () => currentMember(core.data))).userId;
    const made = await withActor(trainer, () =>
      core.events.create(eventForm({ capacity: 3 }) as EventForm),
    );
    const published = await withActor(trainer, () => core.events.publish(made.eventId, 1));
    for (const who of [people.ada, people.ben, people.dan, people.cleo]) {
      await withActor(who, () => core.events.registrations.register(made.eventId));
    }
    await withActor(trainer, () =>
      core.events.cancel(made.eventId, { reason: "The trainer is ill." }, published.version),
    );
    // dan deletes his account before the stream gets there (his profile is what goes last).
    await core.data.entities.user.delete({ subject: people.dan.subject }).go();
    await stream.start({ retryAttempts: 3 });
    await stream.poller.drained();

    for (const who of [people.ada, people.ben, people.cleo]) {
      expect(await inboxOf(stream, who)).toEqual([
        expect.objectContaining({
          kind: "event-cancelled",
          params: expect.objectContaining({ title: made.title, reason: "The trainer is ill." }),
          link: `/events/${made.eventId}`,
          readAt: null,
        }),
      ]);
    }
    // ada's, the failed second, then on the retry ada's again (refused), ben's and cleo's.
    expect(flaky.counter.writes).toBe(5);
    const { data } = stream.core;
    const dan = await data.entities.notification.query.byRecipient({ recipientId: danId }).go();
    expect(dan.data).toEqual([]);
  });
});

describe("what people are told", () => {
  it("a promotion from the waiting list, a changed time, and an application's decision, each to its person", async () => {
    stream = await changeStream({
      consumers: (core) => [notificationsConsumer(core.data, matchesSearch)],
    });
    const { core } = stream;
    const made = await withActor(trainer, () =>
      core.events.create(eventForm({ capacity: 1 }) as EventForm),
    );
    const published = await withActor(trainer, () => core.events.publish(made.eventId, 1));
    await withActor(people.ada, () => core.events.registrations.register(made.eventId));
    await withActor(people.ben, () => core.events.registrations.register(made.eventId));
    await withActor(people.ada, () => core.events.registrations.cancel(made.eventId));
    // A new description tells nobody; a new end time tells those registered (ben, now).
    const described = await withActor(trainer, () =>
      core.events.edit(made.eventId, { description: "Bring a laptop." }, published.version),
    );
    const end = made.end.replace(/T\d\d/, "T18");
    await withActor(trainer, () => core.events.edit(made.eventId, { end }, described.version));
    const sent = await withActor(people.cleo, () => core.membership.submit(APPLICATION));
    await withActor(admin, () =>
      core.membership.review(sent.applicationId, { decision: "decline", message: "Not yet." }, 1),
    );
    await stream.start();
    await stream.poller.drained();

    expect(await inboxOf(stream, people.ada)).toEqual([]);
    // The stream's times are to the second: two notices of one second may come either way.
    expect((await inboxOf(stream, people.ben)).map((item) => item.kind).sort()).toEqual([
      "event-changed",
      "event-promoted",
    ]);
    expect(await inboxOf(stream, people.cleo)).toEqual([
      expect.objectContaining({
        kind: "application-decided",
        params: { decision: "declined", city: "Tampere" },
        link: `/membership/applications/${sent.applicationId}`,
      }),
    ]);
    // The administrator who decided and the trainer who edited are not told of their own steps.
    expect(await inboxOf(stream, admin)).toEqual([]);
    expect(await inboxOf(stream, trainer)).toEqual([]);
  });
});
