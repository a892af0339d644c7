import { DEMO_CITIES } from "@alliance/dev";
import { beforeAll, describe, expect, it } from "vitest";
import { type Caller, ok, problemOf, type TestContext, testContext } from "./support/context.ts";
import { eventForm, eventIn, eventPath, registered } from "./support/event-fixtures.ts";

/**
 * Events on DynamoDB Local through the API: organising, the catalogue, the
 * online link's readers, registering with a waiting list promoted exactly once
 * under concurrency, attendance, the .ics download and the private feed.
 */
const [aarhus, rotterdam] = DEMO_CITIES;
const YEAR = new Date().getUTCFullYear() + 1;
let ctx: TestContext;
let trainer: Caller;
let contributor: Caller;
let otherContributor: Caller;
let admin: Caller;
let learner: Caller;

beforeAll(async () => {
  ctx = await testContext();
  [trainer, contributor, otherContributor, admin, learner] = await Promise.all([
    ctx.newUser({ groups: ["trainer"] }),
    ctx.newUser({ groups: ["contributor"], cityId: aarhus?.cityId }),
    ctx.newUser({ groups: ["contributor"], cityId: rotterdam?.cityId }),
    ctx.newUser({ groups: ["admin"] }),
    ctx.newUser(),
  ]);
}, 120_000);

const fieldsOf = async (response: Response) =>
  ((await problemOf(response)).errors ?? []).map((error) => error.field);
const ifMatch = (version: number) => ({ "if-match": `"${version}"` });
/** `count` new people, made a few at a time (the Cognito emulator is one process). */
async function people(count: number): Promise<Caller[]> {
  const made: Caller[] = [];
  while (made.length < count) {
    made.push(
      ...(await Promise.all(
        Array.from({ length: Math.min(10, count - made.length) }, () => ctx.newUser()),
      )),
    );
  }
  return made;
}
const registrationsOf = async (organiser: Caller, eventId: string) =>
  (
    (await ok(ctx.raw(organiser, "GET", `${eventPath(eventId)}/registrations`))) as {
      items: Array<{
        userId: string;
        state: string;
        displayName: string;
        waitingPosition: number | null;
      }>;
    }
  ).items;
const eventAs = async (caller: Caller | undefined, eventId: string) =>
  (await ok(ctx.raw(caller, "GET", eventPath(eventId)))) as Record<string, unknown> & {
    registeredCount: number;
    waitingCount: number;
    onlineLink: string | null;
    version: number;
  };
const userIdOf = async (caller: Caller) =>
  ((await ok(ctx.raw(caller, "GET", "/api/me"))) as { userId: string }).userId;

describe("organising events", () => {
  it("stores the venue's wall-clock times with their UTC instants", async () => {
    const created = await ctx.raw(trainer, "POST", "/api/events", eventForm());
    expect(created.status).toBe(201);
    const event = await created.json();
    expect(event).toMatchObject({
      status: "draft",
      start: `${YEAR}-06-10T09:00`,
      timeZone: "Europe/Paris",
      startsAt: `${YEAR}-06-10T07:00:00Z`,
      endsAt: `${YEAR}-06-10T15:00:00Z`,
      organiser: { kind: "trainer" },
      country: "FR",
      online: true,
      version: 1,
    });
    expect(created.headers.get("etag")).toBe('"1"');
    // A draft is its organisers' only.
    expect((await ctx.raw(learner, "GET", eventPath(event.eventId))).status).toBe(404);
    expect((await ctx.raw(undefined, "GET", eventPath(event.eventId))).status).toBe(404);
  });

  it("refuses bad dates and places with 400 naming the field", async () => {
    const refused = async (extra: Record<string, unknown>) =>
      fieldsOf(await ctx.raw(trainer, "POST", "/api/events", eventForm(extra)));
    expect(
      await refused({ start: "2020-01-10T09:00", registrationDeadline: "2020-01-01T09:00" }),
    ).toEqual(["start"]);
    expect(await refused({ end: `${YEAR}-06-10T08:00` })).toEqual(["end"]);
    expect(await refused({ registrationDeadline: `${YEAR}-06-11T09:00` })).toEqual([
      "registrationDeadline",
    ]);
    expect(await refused({ timeZone: "Europe/Atlantis" })).toEqual(["timeZone"]);
    expect(await refused({ capacity: 0 })).toEqual(["capacity"]);
    expect(await refused({ venue: null, onlineLink: null })).toEqual(["venue"]);
    expect(await refused({ onlineLink: "http://insecure.example.org" })).toEqual(["onlineLink"]);
    // The hour the clocks skip in Paris on the last Sunday of March does not exist.
    const lastSunday = new Date(Date.UTC(YEAR, 2, 31));
    lastSunday.setUTCDate(31 - lastSunday.getUTCDay());
    const day = lastSunday.toISOString().slice(0, 10);
    expect(
      await refused({
        start: `${day}T02:30`,
        end: `${day}T10:00`,
        registrationDeadline: `${day}T01:00`,
      }),
    ).toEqual(["start"]);
  });

  it("lets contributors organise for their own city only, and learners not at all", async () => {
    const own = await ctx.raw(contributor, "POST", "/api/events", eventForm());
    expect(own.status).toBe(201);
    expect((await own.json()).organiser).toMatchObject({ kind: "city", id: aarhus?.cityId });
    const other = await ctx.raw(
      contributor,
      "POST",
      "/api/events",
      eventForm({ organiserCityId: rotterdam?.cityId }),
    );
    expect(other.status).toBe(403);
    expect((await ctx.raw(learner, "POST", "/api/events", eventForm())).status).toBe(403);
    const byAdmin = await ctx.raw(
      admin,
      "POST",
      "/api/events",
      eventForm({ organiserCityId: rotterdam?.cityId }),
    );
    expect((await byAdmin.json()).organiser).toMatchObject({ kind: "city", id: rotterdam?.cityId });
    // Another contributor of Aarhus organises Aarhus's event too; Rotterdam's does not.
    const { eventId, version } = (await ctx
      .raw(contributor, "POST", "/api/events", eventForm())
      .then((r) => r.json())) as {
      eventId: string;
      version: number;
    };
    const colleague = await ctx.newUser({ groups: ["contributor"], cityId: aarhus?.cityId });
    expect(
      (
        await ctx.raw(
          colleague,
          "PATCH",
          eventPath(eventId),
          { title: "Renamed by a colleague" },
          ifMatch(version),
        )
      ).status,
    ).toBe(200);
    expect(
      (
        await ctx.raw(
          otherContributor,
          "PATCH",
          eventPath(eventId),
          { title: "Not mine" },
          ifMatch(version + 1),
        )
      ).status,
    ).toBe(404);
  });

  it("answers 412 to a stale edit and changes nothing", async () => {
    const { eventId, version } = await eventIn(ctx, trainer, { publish: false });
    const edited = await ctx.raw(
      trainer,
      "PATCH",
      eventPath(eventId),
      { title: "A new title here" },
      ifMatch(version),
    );
    expect(edited.status).toBe(200);
    expect(edited.headers.get("etag")).toBe(`"${version + 1}"`);
    const stale = await ctx.raw(
      trainer,
      "PATCH",
      eventPath(eventId),
      { title: "Lost update" },
      ifMatch(version),
    );
    expect(stale.status).toBe(412);
    expect((await eventAs(trainer, eventId)).title).toBe("A new title here");
    expect(
      (await ctx.raw(trainer, "PATCH", eventPath(eventId), { title: "No header" })).status,
    ).toBe(428);
    const past = await ctx.raw(
      trainer,
      "PATCH",
      eventPath(eventId),
      { end: `${YEAR}-06-09T09:00` },
      ifMatch(version + 1),
    );
    expect(await fieldsOf(past)).toEqual(["end"]);
  });

  it("refuses a capacity below the number registered, and a larger one lets the waiting list in", async () => {
    const { eventId, version } = await eventIn(ctx, trainer, { form: { capacity: 2 } });
    const [a, b, c, d] = await people(4);
    for (const person of [a, b, c, d] as Caller[]) await registered(ctx, person, eventId);
    const lower = await ctx.raw(
      trainer,
      "PATCH",
      eventPath(eventId),
      { capacity: 1 },
      ifMatch(version),
    );
    expect(lower.status).toBe(400);
    expect(await fieldsOf(lower)).toEqual(["capacity"]);
    const raised = await ctx.raw(
      trainer,
      "PATCH",
      eventPath(eventId),
      { capacity: 3 },
      ifMatch(version),
    );
    expect(raised.status).toBe(200);
    expect(await raised.json()).toMatchObject({ capacity: 3, registeredCount: 3, waitingCount: 1 });
    const list = await registrationsOf(trainer, eventId);
    expect(list.map((r) => r.state)).toEqual(["registered", "registered", "registered", "waiting"]);
    expect(list[2]?.userId).toBe(await userIdOf(c as Caller));
  });

  it("publishes into the catalogue with its filters, and a cancellation takes it out", async () => {
    const { eventId, version } = await eventIn(ctx, trainer, {
      form: {
        type: "study-visit",
        language: "sv",
        themes: ["prisons-and-probation"],
        onlineLink: null,
        venue: {
          name: "Stadshuset",
          address: "Hantverkargatan 1",
          city: "Stockholm",
          country: "SE",
        },
      },
    });
    const ids = async (query: string) => {
      const ids: string[] = [];
      let cursor: string | null = null;
      do {
        const page = (await ok(
          ctx.raw(
            undefined,
            "GET",
            `/api/events?${query}${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ""}`,
          ),
        )) as {
          items: Array<{ eventId: string }>;
          cursor: string | null;
        };
        ids.push(...page.items.map((item) => item.eventId));
        cursor = page.cursor;
      } while (cursor);
      return ids;
    };
    expect(
      await ids(
        "type=study-visit&language=sv&country=SE&format=in-person&theme=prisons-and-probation",
      ),
    ).toContain(eventId);
    expect(await ids("type=study-visit&language=sv&format=online")).not.toContain(eventId);
    expect(await ids("type=webinar&language=sv")).not.toContain(eventId);
    expect(await ids("when=past&language=sv")).not.toContain(eventId);
    const cancelled = await ctx.raw(
      trainer,
      "POST",
      `${eventPath(eventId)}/cancel`,
      { reason: "The venue closed." },
      ifMatch(version),
    );
    expect(await cancelled.json()).toMatchObject({
      status: "cancelled",
      cancellationReason: "The venue closed.",
    });
    expect(await ids("type=study-visit&language=sv")).not.toContain(eventId);
    expect((await ctx.raw(learner, "PUT", `${eventPath(eventId)}/registration`)).status).toBe(409);
    expect((await ctx.raw(undefined, "GET", "/api/events?type=party")).status).toBe(400);
  });

  it("fills every page of a filtered catalogue; only the last page is short", async () => {
    // Matching events (in Luxembourg, in Danish) created between events that do not match,
    // so the catalogue's order (start, then id) interleaves them on one partition.
    const luxembourg = {
      language: "da",
      onlineLink: null,
      venue: { name: "Cercle Cité", address: "Place d'Armes", city: "Luxembourg", country: "LU" },
    };
    const matching: string[] = [];
    for (const match of [true, false, false, true, false, false, true, false]) {
      const { eventId } = await eventIn(ctx, trainer, match ? { form: luxembourg } : {});
      if (match) matching.push(eventId);
    }
    const pages: string[][] = [];
    let cursor: string | null = null;
    do {
      const page = (await ok(
        ctx.raw(
          undefined,
          "GET",
          `/api/events?language=da&country=LU&limit=2${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ""}`,
        ),
      )) as { items: Array<{ eventId: string }>; cursor: string | null };
      pages.push(page.items.map((item) => item.eventId));
      cursor = page.cursor;
    } while (cursor && pages.length < 20);
    expect(pages.flat()).toEqual(expect.arrayContaining(matching));
    for (const page of pages.slice(0, -1)) expect(page).toHaveLength(2);
    expect(new Set(pages.flat()).size).toBe(pages.flat().length);
  });

  it("shows the online link to registered people, organisers and administrators only", async () => {
    const { eventId } = await eventIn(ctx, trainer);
    expect((await eventAs(undefined, eventId)).onlineLink).toBeNull();
    expect((await eventAs(learner, eventId)).onlineLink).toBeNull();
    expect((await eventAs(trainer, eventId)).onlineLink).toBe("https://meet.example.org/families");
    expect((await eventAs(admin, eventId)).onlineLink).toBe("https://meet.example.org/families");
    const [person] = await people(1);
    await registered(ctx, person as Caller, eventId);
    expect((await eventAs(person, eventId)).onlineLink).toBe("https://meet.example.org/families");
    const ics = await (await ctx.raw(undefined, "GET", `${eventPath(eventId)}/calendar`)).text();
    expect(ics).not.toContain("meet.example.org");
    const own = await ctx.raw(person, "GET", `${eventPath(eventId)}/calendar`);
    expect(own.headers.get("content-type")).toContain("text/calendar");
    const text = await own.text();
    expect(text).toContain("BEGIN:VEVENT");
    expect(text).toContain(`DTSTART:${YEAR}0610T070000Z`);
    expect(text).toContain("meet.example.org");
  });
});

describe("registering", () => {
  it("gives 50 people registering at once for 10 places exactly 10 places and a waiting list of 40", async () => {
    const { eventId } = await eventIn(ctx, trainer, { form: { capacity: 10 } });
    const crowd = await people(50);
    const answers = await Promise.all(
      crowd.map((person) => ctx.raw(person, "PUT", `${eventPath(eventId)}/registration`)),
    );
    expect(answers.map((answer) => answer.status)).toEqual(crowd.map(() => 200));
    const states = await Promise.all(answers.map(async (answer) => (await answer.json()).state));
    expect(states.filter((state) => state === "registered")).toHaveLength(10);
    expect(states.filter((state) => state === "waiting")).toHaveLength(40);
    const list = await registrationsOf(trainer, eventId);
    expect(list.filter((r) => r.state === "registered")).toHaveLength(10);
    expect(list.filter((r) => r.state === "waiting").map((r) => r.waitingPosition)).toEqual(
      Array.from({ length: 40 }, (_, i) => i + 1),
    );
    expect(await eventAs(trainer, eventId)).toMatchObject({
      registeredCount: 10,
      waitingCount: 40,
    });

    // Ten cancel at once: the first ten waiting are each promoted once, in order.
    const registeredIds = new Set(
      list.filter((r) => r.state === "registered").map((r) => r.userId),
    );
    const firstWaiting = list
      .filter((r) => r.state === "waiting")
      .slice(0, 10)
      .map((r) => r.userId);
    const ids = await Promise.all(crowd.map(userIdOf));
    const leaving = crowd.filter((_, i) => registeredIds.has(ids[i] as string));
    const cancelled = await Promise.all(
      leaving.map((person) => ctx.raw(person, "DELETE", `${eventPath(eventId)}/registration`)),
    );
    expect(cancelled.map((answer) => answer.status)).toEqual(leaving.map(() => 200));
    const after = await registrationsOf(trainer, eventId);
    expect(
      after
        .filter((r) => r.state === "registered")
        .map((r) => r.userId)
        .sort(),
    ).toEqual([...firstWaiting].sort());
    expect(after.filter((r) => r.state === "waiting")).toHaveLength(30);
    expect(await eventAs(trainer, eventId)).toMatchObject({
      registeredCount: 10,
      waitingCount: 30,
    });
  }, 600_000);

  it("promotes the first waiting person when a place frees, and lets a waiting person leave", async () => {
    const { eventId } = await eventIn(ctx, trainer, { form: { capacity: 1 } });
    const [first, second, third] = await people(3);
    expect((await registered(ctx, first as Caller, eventId)).state).toBe("registered");
    expect(await registered(ctx, second as Caller, eventId)).toMatchObject({
      state: "waiting",
      waitingPosition: 1,
    });
    expect(await registered(ctx, third as Caller, eventId)).toMatchObject({
      state: "waiting",
      waitingPosition: 2,
    });
    // Registering again changes nothing.
    expect(await registered(ctx, third as Caller, eventId)).toMatchObject({
      state: "waiting",
      waitingPosition: 2,
    });
    // The event's own page says each person's place; another reader has none.
    expect(await eventAs(third as Caller, eventId)).toMatchObject({
      registration: "waiting",
      waitingPosition: 2,
    });
    expect(await eventAs(first as Caller, eventId)).toMatchObject({
      registration: "registered",
      waitingPosition: null,
    });
    await ok(ctx.raw(third, "DELETE", `${eventPath(eventId)}/registration`));
    expect((await eventAs(second as Caller, eventId)).waitingPosition).toBe(1);
    await ok(ctx.raw(first, "DELETE", `${eventPath(eventId)}/registration`));
    expect((await eventAs(second, eventId)).registration).toBe("registered");
    expect(await eventAs(trainer, eventId)).toMatchObject({ registeredCount: 1, waitingCount: 0 });
    expect((await ctx.raw(first, "DELETE", `${eventPath(eventId)}/registration`)).status).toBe(404);
    // With nobody waiting, a freed place is free.
    await ok(ctx.raw(second, "DELETE", `${eventPath(eventId)}/registration`));
    expect(await eventAs(trainer, eventId)).toMatchObject({ registeredCount: 0, waitingCount: 0 });
    expect((await registered(ctx, first as Caller, eventId)).state).toBe("registered");
  });

  it("lets organisers mark attendance of registered people only", async () => {
    const { eventId } = await eventIn(ctx, trainer, { form: { capacity: 1 } });
    const [present, waiting] = await people(2);
    await registered(ctx, present as Caller, eventId);
    await registered(ctx, waiting as Caller, eventId);
    const [presentId, waitingId] = await Promise.all([
      userIdOf(present as Caller),
      userIdOf(waiting as Caller),
    ]);
    const mark = (caller: Caller, userId: string, attended: boolean) =>
      ctx.raw(caller, "PUT", `${eventPath(eventId)}/registrations/${userId}/attendance`, {
        attended,
      });
    expect(await (await mark(trainer, presentId, true)).json()).toMatchObject({
      state: "attended",
    });
    expect((await mark(trainer, presentId, true)).status).toBe(200);
    expect((await mark(trainer, waitingId, true)).status).toBe(404);
    expect((await mark(present as Caller, presentId, true)).status).toBe(403);
    expect(
      (
        await ctx.raw(
          trainer,
          "PUT",
          `${eventPath(eventId)}/registrations/${presentId}/attendance`,
          { attended: "yes" },
        )
      ).status,
    ).toBe(400);
    // An attended registration is not cancelled any more.
    expect((await ctx.raw(present, "DELETE", `${eventPath(eventId)}/registration`)).status).toBe(
      409,
    );
  });
});

describe("my calendar feed", () => {
  it("lists my events at a private address, which stops working once revoked or replaced", async () => {
    const { eventId } = await eventIn(ctx, trainer);
    const [person] = await people(1);
    await registered(ctx, person as Caller, eventId);
    expect(await ok(ctx.raw(person, "GET", "/api/me/calendar-feed"))).toEqual({
      url: null,
      active: false,
      createdAt: null,
    });
    const made = (await ok(ctx.raw(person, "POST", "/api/me/calendar-feed"))) as { url: string };
    const path = new URL(made.url).pathname;
    const feed = await ctx.raw(undefined, "GET", path);
    expect(feed.status).toBe(200);
    const text = await feed.text();
    expect(text).toContain(`UID:${eventId}@alliance-events`);
    expect(text).toContain("meet.example.org");
    expect(
      (await ok(ctx.raw(person, "GET", "/api/me/calendar-feed"))) as { active: boolean },
    ).toMatchObject({ active: true });

    const replaced = new URL(
      ((await ok(ctx.raw(person, "POST", "/api/me/calendar-feed"))) as { url: string }).url,
    ).pathname;
    expect((await ctx.raw(undefined, "GET", path)).status).toBe(404);
    expect((await ctx.raw(undefined, "GET", replaced)).status).toBe(200);
    expect((await ctx.raw(person, "DELETE", "/api/me/calendar-feed")).status).toBe(204);
    expect((await ctx.raw(undefined, "GET", replaced)).status).toBe(404);
    expect((await ctx.raw(undefined, "GET", "/api/calendar-feeds/not-a-token")).status).toBe(400);
  });

  it("forgets a deleted account's name in its registrations and ends its feed", async () => {
    const { eventId } = await eventIn(ctx, trainer);
    const [person] = (await people(1)) as [Caller];
    await registered(ctx, person, eventId);
    const userId = await userIdOf(person);
    const made = (await ok(ctx.raw(person, "POST", "/api/me/calendar-feed"))) as { url: string };
    expect((await ctx.raw(person, "DELETE", "/api/me")).status).toBe(204);
    const row = (await registrationsOf(trainer, eventId)).find((r) => r.userId === userId);
    expect(row).toMatchObject({ state: "registered", displayName: "" });
    expect((await ctx.raw(undefined, "GET", new URL(made.url).pathname)).status).toBe(404);
  });
});
