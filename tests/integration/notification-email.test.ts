import { randomUUID } from "node:crypto";
import { createAppFromEnv, createScheduledHandlerFromEnv } from "@alliance/api";
import { forgetRecipient, writeNotification } from "@alliance/core";
import {
  emailConsumer,
  loadEmailConfig,
  mailDepsFromConfig,
  runDailyDigest,
  SEND_ATTEMPTS,
  sesSender,
} from "@alliance/core/email";
import { DEMO_CITIES, LOCAL_REGION, localCognito } from "@alliance/dev";
import {
  AdminDeleteUserCommand,
  AdminUpdateUserAttributesCommand,
} from "@aws-sdk/client-cognito-identity-provider";
import {
  SESv2Client,
  SendEmailCommand,
  type SendEmailCommandInput,
  TooManyRequestsException,
} from "@aws-sdk/client-sesv2";
import { mockClient } from "aws-sdk-client-mock";
import { afterAll, afterEach, beforeAll, describe, expect, inject, it } from "vitest";
import { type ChangeStream, changeStream } from "./support/change-stream.ts";
import {
  type Caller,
  clientsOver,
  people,
  type Send,
  type TestContext,
} from "./support/context.ts";
import { itemIn } from "./support/exchange-fixtures.ts";

/*
 * Notification e-mail end to end (decisions 0063, 0073–0075): DynamoDB Local's real
 * stream polled into the stream Lambda's handler with the registered consumers, the
 * address from the Cognito emulator, the mail in aws-ses-v2-local (read back from its
 * `GET /store`), and the one-click unsubscribe through the API. A table of its own.
 */
const cloud = inject("localCloud");
const [city] = DEMO_CITIES;
const cognito = localCognito(cloud.endpoints.cognito);

interface StoredMail {
  subject: string;
  destination: { to: string[] };
  body: { text?: string };
  headers?: { name: string; value: string }[];
}

async function mailsTo(address: string): Promise<StoredMail[]> {
  const store = (await (await fetch(`${cloud.endpoints.ses}/store`)).json()) as {
    emails: StoredMail[];
  };
  return store.emails.filter((mail) => mail.destination.to.includes(address));
}

/** Waits until `address` has `count` mails (the stream works behind the test's back). */
async function mailsArrive(address: string, count: number): Promise<StoredMail[]> {
  const until = Date.now() + 60_000;
  for (;;) {
    const mails = await mailsTo(address);
    if (mails.length >= count || Date.now() > until) return mails;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

const header = (mail: StoredMail | undefined, name: string) =>
  mail?.headers?.find((candidate) => candidate.name.toLowerCase() === name.toLowerCase())?.value;

let stream: ChangeStream;
let ctx: TestContext;
let admin: Caller;

/** A person in the pool with an e-mail address and a profile in `language`. */
async function person(
  language: string,
  options: { groups?: ("contributor" | "admin")[]; cityId?: string } = {},
) {
  const caller = await ctx.newUser(options);
  const address = `${caller.username}@mail.example`;
  await cognito.send(
    new AdminUpdateUserAttributesCommand({
      UserPoolId: cloud.ids.userPoolId,
      Username: caller.username,
      UserAttributes: [
        { Name: "email", Value: address },
        { Name: "email_verified", Value: "true" },
      ],
    }),
  );
  const me = await ctx.raw(caller, "GET", "/api/me");
  const { userId } = (await me.json()) as { userId: string };
  const etag = me.headers.get("etag") ?? "";
  const changed = await ctx.raw(
    caller,
    "PATCH",
    "/api/me",
    { preferredLanguage: language },
    { "if-match": etag },
  );
  expect(changed.status).toBe(200);
  return { caller, address, userId };
}

const contributor = (language: string) =>
  person(language, { groups: ["contributor"], cityId: String(city?.cityId) });

async function choose(caller: Caller, kind: string, delivery: "immediately" | "daily" | "off") {
  const current = await (await ctx.raw(caller, "GET", "/api/me/notification-preferences")).json();
  const saved = await ctx.raw(caller, "PUT", "/api/me/notification-preferences", {
    ...(current as object),
    [kind]: delivery,
  });
  expect(saved.status).toBe(200);
}

beforeAll(async () => {
  stream = await changeStream();
  await stream.core.data.entities.city
    .create({
      cityId: String(city?.cityId),
      name: String(city?.name),
      country: city?.country ?? "DK",
      description: "A city of the alliance.",
      createdAt: new Date().toISOString(),
      updatedAt: new Date().toISOString(),
      version: 1,
    })
    .go();
  const app = createAppFromEnv(stream.env);
  const send: Send = async (_caller, input, init) => app.request(input, init);
  ctx = { app, ...clientsOver(send), ...people(cloud, send, "mail") };
  admin = await ctx.newUser({ groups: ["admin"] });
  await stream.start();
}, 120_000);

afterAll(async () => {
  await stream?.stop();
  cognito.destroy();
});

describe("a notification by e-mail", () => {
  it("reaches the contributor in their language with both unsubscribe headers, and the one-click link stops that kind", async () => {
    const ana = await contributor("fr");
    const title = `Mentors ${randomUUID().slice(0, 8)}`;
    const { itemId } = await itemIn(ctx, "published", ana.caller, admin, { title });

    const [mail, ...more] = await mailsArrive(ana.address, 1);
    expect(more).toEqual([]);
    expect(mail?.subject).toBe(`Publié : ${title}`);
    const web = stream.env.PUBLIC_SITE_URL;
    const oneClick = header(mail, "List-Unsubscribe") ?? "";
    expect(oneClick).toMatch(new RegExp(`^<${web}/api/unsubscribe/[A-Za-z0-9_-]{43}>$`));
    expect(header(mail, "List-Unsubscribe-Post")).toBe("List-Unsubscribe=One-Click");
    const token = oneClick.slice(oneClick.lastIndexOf("/") + 1, -1);
    const text = mail?.body.text ?? "";
    expect(text).toContain(`« ${title} »`);
    expect(text).toContain(`${web}/exchange/items/${itemId}`);
    expect(text).toContain(`${web}/unsubscribe/${token}`);
    expect(text).toContain(`${web}/profile`);

    // What a mail client does with the header: a POST, without signing in.
    const url = new URL(oneClick.slice(1, -1));
    const unsubscribed = await ctx.app.request(url.pathname, {
      method: "POST",
      headers: { "content-type": "application/x-www-form-urlencoded" },
      body: "List-Unsubscribe=One-Click",
    });
    expect(unsubscribed.status).toBe(200);
    expect(await unsubscribed.json()).toEqual({ kind: "item-approved", delivery: "off" });

    await itemIn(ctx, "published", ana.caller, admin, { title: `${title} again` });
    await stream.poller.drained();
    const inbox = await (await ctx.raw(ana.caller, "GET", "/api/me/notifications")).json();
    expect((inbox as { items: unknown[] }).items).toHaveLength(2);
    expect(await mailsTo(ana.address)).toHaveLength(1);
  });

  it("holds a daily kind for the digest, which sends one mail for the day however often it runs", async () => {
    const bo = await contributor("de");
    await choose(bo.caller, "item-approved", "daily");
    const title = `Digest ${randomUUID().slice(0, 8)}`;
    await itemIn(ctx, "published", bo.caller, admin, { title });
    await itemIn(ctx, "published", bo.caller, admin, { title: `${title} two` });
    await stream.poller.drained();
    expect(await mailsTo(bo.address)).toEqual([]);

    const deps = mailDepsFromConfig(
      loadEmailConfig(stream.env) ?? expect.fail("no e-mail config"),
      stream.core.data,
    );
    const tomorrow = new Date(Date.now() + 24 * 60 * 60 * 1000);
    const first = await runDailyDigest(deps, tomorrow);
    const second = await runDailyDigest(deps, tomorrow);
    expect(first.sent).toBeGreaterThanOrEqual(1);
    expect(second.sent).toBe(0);
    expect(second.alreadySent).toBe(first.sent);

    const mails = await mailsTo(bo.address);
    expect(mails).toHaveLength(1);
    expect(mails[0]?.subject).toBe("Ihre tägliche Zusammenfassung: 2 Benachrichtigungen");
    expect(mails[0]?.body.text).toContain(`„${title}“`);
    expect(mails[0]?.body.text).toContain(`„${title} two“`);
    expect(header(mails[0], "List-Unsubscribe")).toMatch(/\/api\/unsubscribe\//);

    // Account deletion takes the held notifications and the digest's mark with it.
    const { digestEntry, emailDigest } = stream.core.data.entities;
    const day = first.day;
    const held = () => digestEntry.query.byDay({ digestDay: day, recipientId: bo.userId }).go();
    expect((await held()).data).toHaveLength(2);
    await forgetRecipient(stream.core.data, bo.userId, tomorrow);
    expect((await held()).data).toEqual([]);
    const marks = await emailDigest.query.byPersonAndDay({ recipientId: bo.userId }).go();
    expect(marks.data).toEqual([]);
  });

  it("is sent by the scheduled function's daily-digest job, as its environment configures it, once for the day", async () => {
    const di = await contributor("fr");
    await choose(di.caller, "item-approved", "daily");
    const title = `Scheduled ${randomUUID().slice(0, 8)}`;
    await itemIn(ctx, "published", di.caller, admin, { title });
    await stream.poller.drained();
    expect(await mailsTo(di.address)).toEqual([]);

    // The handler the local scheduler and EventBridge Scheduler call, with the mail it
    // builds itself from EMAIL_FROM and SES_ENDPOINT (decisions 0075, 0078).
    const scheduled = createScheduledHandlerFromEnv(
      { ...stream.env, LOG_LEVEL: "SILENT" },
      { core: stream.core },
    );
    const afterMidnight = new Date(Date.now() + 24 * 60 * 60 * 1000);
    afterMidnight.setUTCHours(0, 15, 0, 0);
    const scheduledTime = afterMidnight.toISOString();
    const first = await scheduled({ job: "daily-digest", scheduledTime });
    expect(first.summary.sent).toBeGreaterThanOrEqual(1);
    // A re-run the same day (a retry, a second invocation): nothing sent again.
    const again = await scheduled({ job: "daily-digest", scheduledTime });
    expect(again.summary).toMatchObject({ sent: 0, alreadySent: first.summary.sent });

    const mails = await mailsTo(di.address);
    expect(mails).toHaveLength(1);
    expect(mails[0]?.subject).toBe("Votre résumé du jour : 1 notification");
    expect(mails[0]?.body.text).toContain(`« ${title} »`);
  });

  it("sends nothing for a kind turned off", async () => {
    const cy = await contributor("en");
    await choose(cy.caller, "item-approved", "off");
    await itemIn(ctx, "published", cy.caller, admin, { title: `Quiet ${randomUUID()}` });
    await stream.poller.drained();
    expect(await mailsTo(cy.address)).toEqual([]);
  });
});

/**
 * A stream over a table of its own whose only consumer is `email`, sending through an
 * SES client that aws-sdk-client-mock makes throttle the first `times` calls to
 * `failing` (a fault the emulator cannot make) and hand every other call to the
 * emulator; `calls` lists every SendEmail attempt's recipient.
 */
async function throttledStream(failing: string, times: number) {
  const calls: string[] = [];
  const local = {
    region: LOCAL_REGION,
    endpoint: cloud.endpoints.ses,
    credentials: { accessKeyId: "local", secretAccessKey: "local" },
    maxAttempts: 1,
  };
  const emulator = new SESv2Client(local);
  const ses = new SESv2Client(local);
  let refused = 0;
  mockClient(ses)
    .on(SendEmailCommand)
    .callsFake(async (input: SendEmailCommandInput) => {
      const to = input.Destination?.ToAddresses?.[0] ?? "";
      calls.push(to);
      if (to === failing && refused < times) {
        refused += 1;
        throw new TooManyRequestsException({
          message: "Maximum sending rate exceeded.",
          $metadata: {},
        });
      }
      return emulator.send(new SendEmailCommand(input));
    });
  const config = loadEmailConfig(inject("apiEnv")) ?? expect.fail("no e-mail configuration");
  const own = await changeStream({
    consumers: (core) => [
      emailConsumer({ ...mailDepsFromConfig(config, core.data), send: sesSender(ses, () => 1) }),
    ],
  });
  return { own, calls };
}

type Person = Awaited<ReturnType<typeof person>>;

/** Copies the people's profiles into `own`'s table and writes each a notification there, as the notifications consumer would. */
async function notify(own: ChangeStream, who: Person[]) {
  const at = new Date().toISOString();
  for (const one of who) {
    const found = await stream.core.data.entities.user.query.byUserId({ userId: one.userId }).go();
    const [profile] = found.data;
    if (profile) await own.core.data.entities.user.put(profile).go();
    const change = {
      eventId: randomUUID(),
      at,
      kind: "insert",
      entity: "eventLogEntry",
      keys: {},
      sequenceNumber: "1",
    } as const;
    await writeNotification(own.core.data, change, {
      recipientId: one.userId,
      kind: "event-cancelled",
      params: { title: `Study visit ${one.caller.username}`, reason: "A strike." },
      link: "/events/evt_01J9ZC3V6D8R1F3W5S9K2M4N7P",
    });
  }
}

describe("the email consumer under failures", () => {
  let own: ChangeStream | undefined;
  afterEach(async () => {
    await own?.stop();
    own = undefined;
  });

  it("sends each mail once when SES throttles one past its retries and the batch is retried, and none to a deleted account", async () => {
    const [ada, ben, cleo, dan] = await Promise.all(
      ["en", "nl", "sv", "da"].map((language) => person(language)),
    );
    if (!ada || !ben || !cleo || !dan) throw new Error("people were not made");
    const throttled = await throttledStream(ben.address, SEND_ATTEMPTS);
    own = throttled.own;
    await notify(own, [ada, ben, cleo, dan]);
    // dan deletes his sign-in before the stream gets there.
    await cognito.send(
      new AdminDeleteUserCommand({
        UserPoolId: cloud.ids.userPoolId,
        Username: dan.caller.username,
      }),
    );
    await own.start({ retryAttempts: 3 });
    await own.poller.drained();

    for (const [one, subject] of [
      [ada, "Cancelled"],
      [ben, "Geannuleerd"],
      [cleo, "Inställt"],
    ] as const) {
      const mails = await mailsTo(one.address);
      expect(mails.map((mail) => mail.subject)).toEqual([
        `${subject}: Study visit ${one.caller.username}`,
      ]);
    }
    expect(await mailsTo(dan.address)).toEqual([]);
    // ada once; ben throttled SEND_ATTEMPTS times (the batch failed), then on the retry
    // ben once and cleo once; ada's finished change is not handled again.
    expect(throttled.calls.filter((to) => to === ada.address)).toHaveLength(1);
    expect(throttled.calls.filter((to) => to === ben.address)).toHaveLength(SEND_ATTEMPTS + 1);
    expect(throttled.calls.filter((to) => to === cleo.address)).toHaveLength(1);
    expect(own.batches.length).toBeGreaterThan(1);
    expect(own.poller.deadLettered).toEqual([]);
  });

  it("gives the change up to the dead-letter queue while SES keeps throttling, and sends the others", async () => {
    const [eva, finn] = await Promise.all(["en", "fr"].map((language) => person(language)));
    if (!eva || !finn) throw new Error("people were not made");
    const throttled = await throttledStream(eva.address, Number.POSITIVE_INFINITY);
    own = throttled.own;
    await notify(own, [eva, finn]);
    await own.start({ retryAttempts: 1 });
    await own.poller.drained();

    expect(own.poller.deadLettered).toHaveLength(1);
    expect(await mailsTo(eva.address)).toEqual([]);
    expect((await mailsTo(finn.address)).map((mail) => mail.subject)).toEqual([
      `Annulé : Study visit ${finn.caller.username}`,
    ]);
    // Two deliveries of eva's change (the first and one retry), each SEND_ATTEMPTS calls.
    expect(throttled.calls.filter((to) => to === eva.address)).toHaveLength(2 * SEND_ATTEMPTS);
  });
});
