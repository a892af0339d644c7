import { randomUUID } from "node:crypto";
import { COUNTRIES, newId, type Role } from "@alliance/core";
import { createUser, signIn } from "@alliance/dev";
import { inject } from "vitest";
import { attached, uploaded, uploadedTo } from "./attachment-fixtures.ts";
import type { Caller, TestContext } from "./context.ts";
import { courseDocument, courseOf, documentsOf } from "./course-fixtures.ts";
import { itemIn } from "./exchange-fixtures.ts";
import { enrolmentOf, lessonOf, ok, RIGHT } from "./learning-fixtures.ts";
import type { TrackedApp } from "./naughty-tracker.ts";

/** The kinds of caller the sweep tries, in this order, until one reaches the operation. */
export const CALLER_KINDS = ["contributor", "trainer", "learner", "admin"] as const;
export type CallerKind = (typeof CALLER_KINDS)[number];
export type Callers = Record<CallerKind, Caller>;

/** Where a response's ETag belongs: the first id in its path, or the caller's own profile. */
export function versionKey(path: string, caller: Caller | undefined): string {
  const id = path.split(/[/?]/).find((segment) => /^[a-z]{3}_[0-9A-Z]{26}$/.test(segment));
  return id ?? `me ${caller?.username}`;
}

export function versionOf(response: Response): number | undefined {
  const match = /^(?:W\/)?"(\d+)"$/.exec(response.headers.get("etag") ?? "");
  return match ? Number(match[1]) : undefined;
}

/**
 * A TestContext over the tracked app: every call is noted under `tag()`'s
 * request, and each response's ETag under its version key.
 */
export function trackedContext(
  tracked: TrackedApp,
  tag: () => number,
  versions: Map<string, number>,
): TestContext {
  const cloud = inject("localCloud");
  const call: TestContext["call"] = (caller, method, path, body, headers = {}) =>
    tracked.as(tag(), async () => {
      const response = await tracked.app.request(path, {
        method,
        headers: {
          ...(caller && { authorization: `Bearer ${caller.token}` }),
          ...(body !== undefined && { "content-type": "application/json" }),
          ...headers,
        },
        ...(body !== undefined && { body: JSON.stringify(body) }),
      });
      const version = versionOf(response);
      if (version !== undefined) versions.set(versionKey(path, caller), version);
      return response;
    });
  const signInAgain = async (caller: Caller): Promise<Caller> => {
    const tokens = await signIn(cloud, caller.username, caller.password);
    return { ...caller, token: tokens.accessToken, idToken: tokens.idToken };
  };
  return {
    app: tracked.app,
    call,
    signInAgain,
    async newUser(options = {}) {
      const username = `naughty-${randomUUID().slice(0, 13)}`;
      const password = "Test-pass-2026";
      await createUser(cloud, { username, password, groups: options.groups ?? [] });
      const caller = await signInAgain({ username, password, token: "", idToken: "" });
      const me = await call(caller, "GET", "/api/me");
      if (options.cityId) {
        const { version } = await me.json();
        const set = await call(
          caller,
          "PATCH",
          "/api/me",
          { cityId: options.cityId },
          { "if-match": `"${version}"` },
        );
        if (set.status !== 200) throw new Error(`could not set the city: ${await set.text()}`);
      }
      return caller;
    },
  };
}

/** A member city of the sweep's own, so its edits touch no other test's city. */
export async function sweepCity(tracked: TrackedApp): Promise<string> {
  const cityId = newId("cty");
  const now = new Date().toISOString();
  await tracked.core.data.entities.city
    .create({
      cityId,
      name: `Naughtyville ${cityId.slice(-6)}`,
      country: COUNTRIES[0],
      description: "A city of the naughty-input sweep, where every field gets hostile input.",
      createdAt: now,
      updatedAt: now,
      version: 1,
    })
    .go();
  return cityId;
}

export async function sweepCallers(ctx: TestContext, cityId: string): Promise<Callers> {
  const make = (groups: Role[], withCity = false) =>
    ctx.newUser({ groups, cityId: withCity ? cityId : undefined });
  const [contributor, trainer, learner, admin] = await Promise.all([
    make(["contributor"], true),
    make(["trainer"]),
    make([], true),
    make(["admin"]),
  ]);
  return { contributor, trainer, learner, admin } as Callers;
}

/** What each path parameter can name, tried in this order. */
const FLAVOURS: Record<string, readonly string[]> = {
  itemId: ["draft", "submitted", "published"],
  courseId: ["published", "draft"],
  lessonId: ["text", "quiz"],
  attachmentId: ["confirmed", "pending"],
  userId: ["trainer", "plain"],
};

export const flavoursOf = (param: string) => FLAVOURS[param] ?? ["only"];

const memo = <T>(cache: Map<string, Promise<T>>, key: string, make: () => Promise<T>) => {
  let value = cache.get(key);
  if (!value) {
    value = make();
    cache.set(key, value);
  }
  return value;
};

/**
 * The objects one operation works on, made on first use through the API itself:
 * items of the sweep city's contributor, courses of the sweep trainer (the
 * learner enrolled in the published ones), uploads, users, a certificate.
 */
export class World {
  private readonly made = new Map<string, Promise<unknown>>();
  /** The requests made in this world (fixtures and sweep): whose writes are its own. */
  readonly tags = new Set<number>();
  /** The last version seen of each object (see versionKey). */
  readonly versions = new Map<string, number>();
  readonly ctx: TestContext;
  /** Objects already made, by "module <courseId>" or "document <courseId>", for the sample's hints. */
  readonly known = new Map<string, string>();

  constructor(
    readonly tracked: TrackedApp,
    readonly callers: Callers,
    readonly cityId: string,
    /** A published item of the sweep, to cite. */
    readonly citable: string,
  ) {
    this.ctx = trackedContext(tracked, () => this.tag(), this.versions);
  }

  tag(): number {
    const tag = this.tracked.newTag();
    this.tags.add(tag);
    return tag;
  }

  private once<T>(key: string, make: () => Promise<T>): Promise<T> {
    return memo(this.made as Map<string, Promise<T>>, key, make);
  }

  /** Values for `params` given a flavour for each; throws when a parameter is unknown. */
  async values(params: string[], flavour: Record<string, string>): Promise<Record<string, string>> {
    const { ctx, callers } = this;
    const out: Record<string, string> = {};
    const onItem = params.includes("itemId");
    for (const param of params) {
      const kind = flavour[param] ?? "only";
      if (param === "itemId") out.itemId = (await this.item(flavour.itemId ?? "draft")).itemId;
      else if (param === "courseId")
        out.courseId = (await this.course(flavour.courseId ?? "published")).courseId;
      else if (param === "moduleId")
        out.moduleId = (await this.course(flavour.courseId ?? "published")).moduleId;
      else if (param === "lessonId") {
        const course = await this.course(flavour.courseId ?? "published");
        out.lessonId = kind === "quiz" ? course.quizId : course.textId;
      } else if (param === "attachmentId" && onItem) {
        const { itemId } = await this.item(flavour.itemId ?? "draft");
        out.attachmentId = await this.once(`att ${itemId} ${kind}`, async () =>
          kind === "pending"
            ? (await uploaded(ctx, callers.contributor, itemId)).attachmentId
            : (await attached(ctx, callers.contributor, itemId)).attachmentId,
        );
      } else if (param === "attachmentId") {
        const { courseId } = await this.course(flavour.courseId ?? "published");
        out.attachmentId = await this.document(courseId, kind);
      } else if (param === "userId") {
        out.userId = await this.once(`user ${kind}`, async () => {
          const user = await ctx.newUser({ groups: kind === "trainer" ? ["trainer"] : [] });
          return (await ok(ctx, user, "GET", "/api/me")).userId as string;
        });
      } else if (param === "cityId") out.cityId = this.cityId;
      else if (param === "code") out.code = await this.certificate();
      else throw new Error(`the sweep cannot make a {${param}}: teach naughty-world.ts how`);
    }
    return out;
  }

  item(status: string) {
    return this.once(`item ${status}`, () =>
      itemIn(this.ctx, status as "draft", this.callers.contributor, this.callers.admin),
    );
  }

  course(kind: string) {
    return this.once(`course ${kind}`, async () => {
      const { ctx, callers } = this;
      const course = await courseOf(ctx, callers.trainer, { publish: kind === "published" });
      const draft = await ok(ctx, callers.trainer, "GET", `/api/courses/${course.courseId}/draft`);
      const [textId, quizId] = draft.modules[0].lessons.map(
        (lesson: { lessonId: string }) => lesson.lessonId,
      );
      if (kind === "published") await ok(ctx, callers.learner, "PUT", enrolmentOf(course.courseId));
      this.known.set(`module ${course.courseId}`, course.moduleId);
      return { ...course, textId: textId as string, quizId: quizId as string };
    });
  }

  /** A confirmed (or pending) file of the course's draft. */
  document(courseId: string, kind: string) {
    return this.once(`doc ${courseId} ${kind}`, async () => {
      if (kind === "pending") {
        return (await uploadedTo(this.ctx, this.callers.trainer, documentsOf(courseId)))
          .attachmentId;
      }
      const { attachmentId } = await courseDocument(this.ctx, this.callers.trainer, courseId);
      this.known.set(`document ${courseId}`, attachmentId);
      return attachmentId;
    });
  }

  /** The learner's certificate for a course of its own, completed. */
  certificate() {
    return this.once("certificate", async () => {
      const { ctx, callers } = this;
      const course = await courseOf(ctx, callers.trainer);
      await ok(ctx, callers.learner, "PUT", enrolmentOf(course.courseId));
      const draft = await ok(ctx, callers.trainer, "GET", `/api/courses/${course.courseId}/draft`);
      const [textId, quizId] = draft.modules[0].lessons.map(
        (lesson: { lessonId: string }) => lesson.lessonId,
      );
      await ok(ctx, callers.learner, "PUT", `${lessonOf(course.courseId, textId)}/completion`);
      const done = await ok(
        ctx,
        callers.learner,
        "POST",
        `${lessonOf(course.courseId, quizId)}/attempts`,
        RIGHT,
      );
      return done.progress.certificateCode as string;
    });
  }
}
