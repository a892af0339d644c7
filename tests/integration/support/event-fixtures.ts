import type { MaterialUploadRequest } from "@alliance/core";
import { FILES, type TestFile, uploadedTo } from "./attachment-fixtures.ts";
import { type Caller, ok, type TestContext } from "./context.ts";

/** A year ahead, so the event's dates stay in the future whenever the tests run. */
const YEAR = new Date().getUTCFullYear() + 1;

/** A valid new event: a workshop in Lyon next year, in Europe/Paris time. */
export const eventForm = (extra: Record<string, unknown> = {}) => ({
  type: "workshop",
  title: "Working with families of young people at risk",
  description: "A day of practice for local elected representatives and their officers.",
  language: "en",
  themes: ["family-support", "youth-work"],
  start: `${YEAR}-06-10T09:00`,
  end: `${YEAR}-06-10T17:00`,
  timeZone: "Europe/Paris",
  registrationDeadline: `${YEAR}-06-03T23:59`,
  capacity: 20,
  venue: { name: "Hôtel de Ville", address: "1 place de la Comédie", city: "Lyon", country: "FR" },
  onlineLink: "https://meet.example.org/families",
  ...extra,
});

export const eventPath = (eventId: string) => `/api/events/${eventId}`;

/** A new event by `organiser`, published unless asked; answers its id and version. */
export async function eventIn(
  ctx: TestContext,
  organiser: Caller,
  options: { publish?: boolean; form?: Record<string, unknown> } = {},
): Promise<{ eventId: string; version: number }> {
  const created = await ctx.raw(organiser, "POST", "/api/events", eventForm(options.form));
  if (created.status !== 201) throw new Error(`create: ${created.status} ${await created.text()}`);
  const { eventId, version } = (await created.json()) as { eventId: string; version: number };
  if (options.publish === false) return { eventId, version };
  const published = await ok(
    ctx.raw(organiser, "POST", `${eventPath(eventId)}/publish`, undefined, {
      "if-match": `"${version}"`,
    }),
  );
  return { eventId, version: (published as { version: number }).version };
}

/** `caller` registers; answers the registration (its state and waiting position). */
export async function registered(ctx: TestContext, caller: Caller, eventId: string) {
  return (await ok(ctx.raw(caller, "PUT", `${eventPath(eventId)}/registration`))) as {
    state: string;
    userId: string;
    waitingPosition: number | null;
  };
}

/** The event's material routes as `caller`: declaring gives a title unless the test does. */
export const materialsOf = (
  ctx: Pick<TestContext, "api">,
  caller: Caller | undefined,
  eventId: string,
) => {
  const materials = ctx.api(caller).api.events[":eventId"].materials;
  return {
    declare: (json: Omit<MaterialUploadRequest, "title"> & { title?: string }) =>
      materials.$post({ param: { eventId }, json: { title: "Slides of the morning", ...json } }),
    confirm: (attachmentId: string) =>
      materials[":attachmentId"].confirm.$post({ param: { eventId, attachmentId } }),
    download: (attachmentId: string, query: { as?: "link" } = {}) =>
      materials[":attachmentId"].$get({ param: { eventId, attachmentId }, query }),
    remove: (attachmentId: string, version: number) =>
      materials[":attachmentId"].$delete({
        param: { eventId, attachmentId },
        header: { "if-match": `"${version}"` },
      }),
  };
};

/** Uploads `file` as a material of the event and confirms it: answers its id and the new version. */
export async function eventMaterial(
  ctx: TestContext,
  organiser: Caller,
  eventId: string,
  file: TestFile = FILES.pdf,
): Promise<{ attachmentId: string; version: number }> {
  const materials = materialsOf(ctx, organiser, eventId);
  const { attachmentId } = await uploadedTo(materials.declare, file);
  const { version } = await ok(materials.confirm(attachmentId));
  return { attachmentId, version };
}
