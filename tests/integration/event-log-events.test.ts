import {
  type ChangeConsumer,
  currentMember,
  type EventForm,
  type Role,
  type TableChange,
  withActor,
} from "@alliance/core";
import { afterEach, describe, expect, it } from "vitest";
import { type ChangeStream, changeStream } from "./support/change-stream.ts";
import { eventForm } from "./support/event-fixtures.ts";

/**
 * What notifications will subscribe to (decision 0053): one insert of
 * `eventLogEntry` per step of an event and its registrations, on DynamoDB Local's
 * real stream, naming whose registration each step concerns.
 */

let stream: ChangeStream | undefined;
afterEach(async () => {
  await stream?.stop();
  stream = undefined;
});

const person = (name: string, roles: Role[]) =>
  ({ kind: "user", subject: `sub-${name}`, username: name, roles }) as const;
const trainer = person("trainer", ["trainer"]);
const first = person("first", []);
const second = person("second", []);

describe("events' domain events on the change stream", () => {
  it("are the log's inserts, one per step, in order", async () => {
    const seen: TableChange[] = [];
    const consumer: ChangeConsumer = {
      name: "event-log-test",
      wants: (change) => change.entity === "eventLogEntry" && change.kind === "insert",
      handle: async (change) => {
        seen.push(change);
      },
    };
    stream = await changeStream({ consumers: () => [consumer] });
    const { core } = stream;
    const events = core.events;
    const ids = {
      first: (await withActor(first, () => currentMember(core.data))).userId,
      second: (await withActor(second, () => currentMember(core.data))).userId,
    };
    const made = await withActor(trainer, () =>
      events.create(eventForm({ capacity: 1 }) as EventForm),
    );
    const published = await withActor(trainer, () => events.publish(made.eventId, 1));
    await withActor(first, () => events.registrations.register(made.eventId));
    await withActor(second, () => events.registrations.register(made.eventId));
    await withActor(first, () => events.registrations.cancel(made.eventId));
    const edited = await withActor(trainer, () =>
      events.edit(made.eventId, { venue: null }, published.version),
    );
    await withActor(trainer, () =>
      events.cancel(made.eventId, { reason: "The trainer is ill." }, edited.version),
    );
    await stream.start();
    await stream.poller.drained();

    const common = { eventId: made.eventId, title: made.title, startsAt: made.startsAt };
    expect(seen.map((change) => change.newImage)).toEqual([
      expect.objectContaining({ ...common, action: "created" }),
      expect.objectContaining({ ...common, action: "published" }),
      expect.objectContaining({ ...common, action: "registered", userId: ids.first }),
      expect.objectContaining({ ...common, action: "waitlisted", userId: ids.second }),
      expect.objectContaining({ ...common, action: "registration-cancelled", userId: ids.first }),
      expect.objectContaining({ ...common, action: "promoted", userId: ids.second }),
      expect.objectContaining({ ...common, action: "edited", changed: ["venue"] }),
      expect.objectContaining({ ...common, action: "cancelled", message: "The trainer is ill." }),
    ]);
  });
});
