import { DEMO_CITIES } from "@alliance/dev";
import { beforeAll, describe, expect, it } from "vitest";
import { attachmentsOf, FILES, type UploadRoute } from "./support/attachment-fixtures.ts";
import { type Caller, problemOf, type TestContext, testContext } from "./support/context.ts";
import { courseOf, documentsOf } from "./support/course-fixtures.ts";
import { eventIn, materialsOf } from "./support/event-fixtures.ts";
import { itemIn } from "./support/exchange-fixtures.ts";
import { appWith, declared, put, type Upload } from "./support/upload-fixtures.ts";

/* The caps of decision 0014: 10 uploads waiting per item or course, 20 per person. */

let ctx: TestContext;
let admin: Caller;

beforeAll(async () => {
  ctx = await testContext();
  admin = await ctx.newUser({ groups: ["admin"] });
});

const csv = FILES.csv;
const body = { fileName: csv.fileName, contentType: csv.contentType, size: csv.bytes.length };
const contributorOfAarhus = () =>
  ctx.newUser({ groups: ["contributor"], cityId: DEMO_CITIES[0]?.cityId });

/** An owner's file routes as `caller`, over the shared app unless `over` is given. */
type Files = (
  caller: Caller,
  over?: Pick<TestContext, "api">,
) => {
  declare: UploadRoute;
  confirm(attachmentId: string): Promise<{ status: number; json(): Promise<unknown> }>;
};

/** A new draft item of `contributor`'s: its file routes. */
const draftOf = async (contributor: Caller): Promise<Files> => {
  const { itemId } = await itemIn(ctx, "draft", contributor, admin);
  return (caller, over = ctx) => attachmentsOf(over, caller, itemId);
};

/** `count` declarations at once, spread over `bases` in turn: the answers' statuses and bodies. */
async function declareAtOnce(caller: Caller, bases: Files[], count: number) {
  const answers = await Promise.all(
    Array.from({ length: count }, (_, index) =>
      (bases[index % bases.length] as Files)(caller).declare(body),
    ),
  );
  return Promise.all(
    answers.map(async (answer) => ({ status: answer.status as number, body: await answer.json() })),
  );
}
const statuses = (answers: { status: number }[]) =>
  answers.map((answer) => answer.status).sort((a, b) => a - b);

describe("uploads waiting for confirmation", () => {
  it("30 at once on one item: exactly 10 are handed a URL, the rest told to confirm or wait", async () => {
    const contributor = await contributorOfAarhus();
    const base = await draftOf(contributor);
    const answers = await declareAtOnce(contributor, [base], 30);
    expect(statuses(answers)).toEqual([...Array(10).fill(201), ...Array(20).fill(409)]);
    const refusal = answers.find((answer) => answer.status === 409)?.body;
    expect(refusal).toMatchObject({
      code: "too-many-pending-uploads",
      detail: expect.stringMatching(/This item already has 10 uploads waiting.*Confirm them/),
    });

    // Confirming one frees its place.
    const waiting = answers.find((answer) => answer.status === 201)?.body as Upload;
    expect(await put(waiting, csv.bytes)).toBe(200);
    const confirmed = await base(contributor).confirm(waiting.attachmentId);
    expect(confirmed.status).toBe(200);
    expect((await base(contributor).declare(body)).status).toBe(201);
    expect((await base(contributor).declare(body)).status).toBe(409);
  });

  it("30 at once over three items of one person: exactly 20 are handed a URL", async () => {
    const contributor = await contributorOfAarhus();
    const bases = await Promise.all([1, 2, 3].map(() => draftOf(contributor)));
    const answers = await declareAtOnce(contributor, bases, 30);
    expect(statuses(answers)).toEqual([...Array(20).fill(201), ...Array(10).fill(409)]);

    const another = await (await draftOf(contributor))(contributor).declare(body);
    expect(another.status).toBe(409);
    expect((await problemOf(another)).detail).toMatch(/You already have 20 uploads waiting/);
    // Another person of the same city is not held back by it.
    const neighbour = await contributorOfAarhus();
    expect((await (bases[0] as Files)(neighbour).declare(body)).status).toBe(201);
  });

  it("stop counting once their hour is past, and can no longer be confirmed", async () => {
    const contributor = await contributorOfAarhus();
    const base = await draftOf(contributor);
    const first = await declared(base(contributor).declare, csv);
    await put(first, csv.bytes);
    await declareAtOnce(contributor, [base], 9);
    expect((await base(contributor).declare(body)).status).toBe(409);

    const anHourLater = base(
      contributor,
      appWith({ now: () => new Date(Date.now() + 61 * 60_000) }),
    );
    const stale = await anHourLater.confirm(first.attachmentId);
    expect(stale.status).toBe(404);
    expect((await problemOf(stale)).code).toBe("upload-not-found");
    const answers = await Promise.all(Array.from({ length: 12 }, () => anHourLater.declare(body)));
    expect(statuses(answers)).toEqual([...Array(10).fill(201), 409, 409]);
  });

  it("on a course: at most 10 at once too", async () => {
    const trainer = await ctx.newUser({ groups: ["trainer"] });
    const { courseId } = await courseOf(ctx, trainer, { publish: false });
    const documents: Files = (caller) => documentsOf(ctx, caller, courseId);
    const answers = await declareAtOnce(trainer, [documents], 15);
    expect(statuses(answers)).toEqual([...Array(10).fill(201), ...Array(5).fill(409)]);
    expect(answers.find((answer) => answer.status === 409)?.body).toMatchObject({
      detail: expect.stringMatching(/This course already has 10 uploads waiting/),
    });
  });

  it("on an event: at most 10 at once too", async () => {
    const trainer = await ctx.newUser({ groups: ["trainer"] });
    const { eventId } = await eventIn(ctx, trainer);
    const materials: Files = (caller) => materialsOf(ctx, caller, eventId);
    const answers = await declareAtOnce(trainer, [materials], 12);
    expect(statuses(answers)).toEqual([...Array(10).fill(201), 409, 409]);
    expect(answers.find((answer) => answer.status === 409)?.body).toMatchObject({
      detail: expect.stringMatching(/This event already has 10 uploads waiting/),
    });
  });
});
