import { type Operation, resolve } from "./naughty-operations.ts";
import { type Plan, repaired, send } from "./naughty-requests.ts";
import { type Hints, samples } from "./naughty-sample.ts";
import { CALLER_KINDS, type Callers } from "./naughty-setup.ts";
import type { TrackedApp } from "./naughty-tracker.ts";
import { flavoursOf, World } from "./naughty-world.ts";

/** What the sweep shares: the tracked app, the sweep's callers and city, refused requests. */
export interface Sweep {
  tracked: TrackedApp;
  callers: Callers;
  /** Callers of their own, for an operation that ends its caller's account. */
  freshCallers: () => Promise<Callers>;
  cityId: string;
  citable: string;
  refused: Set<number>;
  /** Partitions written before the sweep began (its callers', its city's): compared row by row. */
  shared: Set<string>;
}

/** What a schema cannot say is valid, by property name. */
function hints(world: World, params: Record<string, string>): Hints {
  return {
    id: (prefix) =>
      ({
        cty: world.cityId,
        xch: world.citable,
        mod: params.moduleId ?? world.known.get(`module ${params.courseId}`),
        ans: world.known.get("answer"),
        crs: world.known.get("published course"),
      })[prefix],
    property(name, index) {
      const values: Record<string, unknown> = {
        url: "https://www.youtube.com/watch?v=dQw4w9WgXcQ",
        correct: index === 0,
        ongoing: false,
        start: "2024-01-01",
        end: "2024-12-31",
        fileName: "naughty-sweep.pdf",
        attachmentId: world.known.get(`document ${params.courseId}`),
        // A SCORM lesson's package (decision 0084): a ready one of the course.
        packageId: world.known.get(`scorm ${params.courseId}`),
        cityId: world.cityId,
        toCityId: world.known.get("partner city"),
        // A workshop lesson's event (decision 0072): a published one.
        eventId: world.known.get("published event"),
        // A certificate's code, for a credential's verification by code.
        code: world.known.get("certificate"),
        // An observation's month: this one (a month to come or past 24 months is refused).
        period: new Date().toISOString().slice(0, 7),
      };
      return values[name];
    },
  };
}

/** A DELETE without path parameters acts on the caller (DELETE /api/me): it gets callers of its own. */
const endsCaller = (op: Operation) => op.method === "DELETE" && op.pathParams.length === 0;
/**
 * A person has one open application at a time, posts in discussions and opens
 * exchange requests a few times an hour: each world of these operations has its own people.
 */
const needsOwnPeople = (op: Operation) =>
  op.pathParams.includes("applicationId") ||
  op.pathParams.includes("subject") ||
  op.pathParams.includes("requestId") ||
  op.path === "/api/exchange-requests" ||
  // A package or a material is an upload: the sweep's own accepted uploads fill its trainer's quota.
  op.path.includes("/scorm-packages") ||
  op.path.includes("/materials");

function* flavourChoices(params: string[]): Generator<Record<string, string>> {
  const [first, ...rest] = params;
  if (first === undefined) {
    yield {};
    return;
  }
  for (const flavour of flavoursOf(first)) {
    for (const others of flavourChoices(rest)) yield { [first]: flavour, ...others };
  }
}

async function newWorld(sweep: Sweep, op: Operation): Promise<World> {
  const fresh = endsCaller(op) || needsOwnPeople(op);
  const callers = fresh ? await sweep.freshCallers() : sweep.callers;
  return new World(sweep.tracked, callers, sweep.cityId, sweep.citable);
}

async function planIn(
  world: World,
  op: Operation,
  choice: Record<string, string>,
  kind: keyof Callers,
): Promise<Plan> {
  const params = await world.values(op.pathParams, choice);
  if (op.body && JSON.stringify(op.body).includes("attachmentId") && params.courseId) {
    await world.document(params.courseId, "confirmed");
  }
  // Whom a new exchange request asks: another member city of the world.
  if (op.body && JSON.stringify(resolve(op.body)).includes("toCityId")) await world.partner();
  // What an event may cite: a published course of the world's own.
  if (op.body && JSON.stringify(resolve(op.body)).includes("relatedCourseIds")) {
    await world.course("published");
  }
  // What a SCORM lesson names: a ready package of the course.
  if (op.body && JSON.stringify(resolve(op.body)).includes('"scorm"') && params.courseId) {
    await world.scormPackage(params.courseId, "ready");
  }
  // What a workshop lesson names: a published event of the world's own.
  if (op.body && JSON.stringify(resolve(op.body)).includes('"workshop"')) {
    await world.event("published");
  }
  // What a verification checks by code: a certificate of the world's learner.
  if (op.body && JSON.stringify(resolve(op.body)).includes('"credential"')) {
    await world.certificate();
  }
  const bases = op.body ? samples(resolve(op.body), resolve, hints(world, params)) : [];
  return { op, caller: world.callers[kind], world, params, bases };
}

const driven = (status: number) => status >= 200 && status < 400;

/**
 * Finds who can reach the operation's logic with which objects: the first
 * caller and flavour whose valid request succeeds, for every body kind.
 * Answers how to rebuild that plan in a fresh world, and whether the
 * operation can be repeated on the same objects.
 */
export async function probe(sweep: Sweep, op: Operation, findings: string[]) {
  const tried: string[] = [];
  for (const choice of flavourChoices(op.pathParams)) {
    const world = await newWorld(sweep, op);
    for (const kind of CALLER_KINDS) {
      const plan = await planIn(world, op, choice, kind);
      const removed: string[][] = plan.bases.map(() => []);
      let first: Response | undefined;
      for (let base = 0; base < Math.max(plan.bases.length, 1); base += 1) {
        let response = await send(plan, undefined, base);
        for (let round = 0; round < 3 && response.status === 400; round += 1) {
          const fields: string[] = ((await response.clone().json()).errors ?? []).map(
            (error: { field: string }) => error.field,
          );
          if (!repaired(plan.bases, base, fields)) break;
          removed[base]?.push(...fields);
          response = await send(plan, undefined, base);
        }
        tried.push(
          `${kind} ${JSON.stringify(choice)} body#${base}: ${response.status} ${(await response.clone().text()).slice(0, 200)}`,
        );
        if (base === 0) first = response;
        if (!driven(response.status)) {
          if (base === 0) break;
          findings.push(
            `${op.name}: cannot drive body#${base} as ${kind}: ${response.status} ${await response.text()}`,
          );
        }
      }
      if (!first || !driven(first.status)) continue;
      const again = await send(plan);
      return { choice, kind, removed, repeatable: driven(again.status) };
    }
  }
  findings.push(
    `${op.name}: no caller and no objects let its valid request succeed:\n  ${tried.join("\n  ")}`,
  );
  return undefined;
}

/** The plan again in a fresh world, with the same choices and the same removals. */
export async function rebuild(
  sweep: Sweep,
  op: Operation,
  found: NonNullable<Awaited<ReturnType<typeof probe>>>,
) {
  const plan = await planIn(await newWorld(sweep, op), op, found.choice, found.kind);
  found.removed.forEach((fields, base) => {
    repaired(plan.bases, base, fields);
  });
  return plan;
}

export type Found = NonNullable<Awaited<ReturnType<typeof probe>>>;
