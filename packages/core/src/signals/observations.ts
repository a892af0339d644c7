import { currentMember, isAdmin, type Member, requireRole } from "../auth/index.ts";
import { statusOf } from "../cities/membership-status.ts";
import { isConditionalCheckFailed } from "../data/errors.ts";
import { type Page, queryPage } from "../data/pagination.ts";
import type { DataService } from "../data/service.ts";
import { VisibleError } from "../errors.ts";
import { newId } from "../ids.ts";
import { addMonths, monthOf } from "./months.ts";
import type { ObservationItem } from "./observation.entity.ts";
import {
  OBSERVATION_MONTHS_BACK,
  OBSERVATION_RETENTION_MONTHS,
  type Observation,
  type ObservationForm,
  type ObservationPatch,
  type ObservationReview,
} from "./schemas.ts";
import { SCREEN_MESSAGES, screenText } from "./screening.ts";

const notFound = () =>
  new VisibleError(
    "not-found",
    "observation-not-found",
    "No observation of your city has this id.",
  );

/** The observation as the caller sees it, with what they may do. */
export function toObservation(item: ObservationItem, member: Member): Observation {
  const ownCity = member.cityId === item.cityId;
  return {
    observationId: item.observationId,
    cityId: item.cityId,
    cityName: item.cityName,
    country: item.country,
    theme: item.theme,
    area: item.area,
    period: item.period,
    direction: item.direction,
    intensity: item.intensity,
    note: item.note,
    status: item.status,
    sentBackReason: item.sentBackReason ?? null,
    createdAt: item.createdAt,
    updatedAt: item.updatedAt,
    expiresAt: new Date(item.expiresAt * 1000).toISOString(),
    version: item.version,
    actions: {
      edit: ownCity && item.status !== "approved",
      review: isAdmin(member) && item.status === "submitted",
    },
  };
}

/** 400 naming the field when `area` or `note` holds personal data (screening.ts). */
async function screen(fields: { area?: string; note?: string }, country: string): Promise<void> {
  for (const field of ["area", "note"] as const) {
    const text = fields[field];
    if (text === undefined) continue;
    const reason = await screenText(text, country);
    if (reason) {
      throw new VisibleError(
        "input",
        "personal-data",
        `No data about individuals: the ${field} was not saved. ${SCREEN_MESSAGES[reason]}.`,
        [{ field, message: `${SCREEN_MESSAGES[reason]} (${reason})` }],
      );
    }
  }
}

/** 400 on `period` unless it is this month or one of the 23 before. */
function checkPeriod(period: string | undefined, at: Date): void {
  if (period === undefined) return;
  const latest = monthOf(at);
  const earliest = addMonths(latest, 1 - OBSERVATION_MONTHS_BACK);
  const message =
    period > latest
      ? "A month that has not begun cannot be observed"
      : period < earliest
        ? `At most ${OBSERVATION_MONTHS_BACK} months back (from ${earliest})`
        : null;
  if (message)
    throw new VisibleError("input", "invalid-period", message, [{ field: "period", message }]);
}

/** Recording, editing and reviewing observations, and a city's own list. */
export function observationUseCases(data: DataService, now: () => Date) {
  const observations = data.entities.signalObservation;

  /** The caller's member city, which must be an active member to record or edit. */
  async function ownActiveCity(member: Member) {
    if (!member.cityId) {
      throw new VisibleError(
        "forbidden",
        "city-required",
        "Only members of a member city record observations; your profile names no city.",
      );
    }
    const city = await data.entities.city.get({ cityId: member.cityId }).go();
    if (!city.data)
      throw new VisibleError(
        "forbidden",
        "city-required",
        "Your profile's city is not a member city.",
      );
    if (statusOf(city.data) !== "active") {
      throw new VisibleError(
        "forbidden",
        "city-not-active",
        "Your city's membership is suspended or has ended: it records no observations.",
      );
    }
    return city.data;
  }

  async function load(observationId: string): Promise<ObservationItem> {
    const found = await observations.get({ observationId }).go({ consistent: true });
    if (!found.data) throw notFound();
    return found.data;
  }

  const stale = (current: ObservationItem) =>
    new VisibleError(
      "precondition-failed",
      "stale-version",
      `This observation changed since you loaded it (it is now ${current.status}, version ${current.version}). Reload it.`,
    );

  /** A conditional write at `expected`; 412 (or 409 once approved) when it lost a race. */
  async function write(
    item: ObservationItem,
    expected: number,
    set: Partial<ObservationItem>,
    remove: Array<"sentBackReason"> = [],
  ): Promise<ObservationItem> {
    try {
      let update = observations
        .patch({ observationId: item.observationId })
        .set({ ...set, updatedAt: now().toISOString(), version: expected + 1 });
      if (remove.length > 0) update = update.remove(remove);
      const saved = await update
        .where((attributes, { eq }) => eq(attributes.version, expected))
        .go({ response: "all_new" });
      return saved.data as ObservationItem;
    } catch (error) {
      if (isConditionalCheckFailed(error)) throw stale(await load(item.observationId));
      throw error;
    }
  }

  return {
    async record(form: ObservationForm): Promise<Observation> {
      const member = await currentMember(data);
      const city = await ownActiveCity(member);
      const at = now();
      checkPeriod(form.period, at);
      await screen(form, city.country);
      const expiry = new Date(at);
      expiry.setUTCMonth(expiry.getUTCMonth() + OBSERVATION_RETENTION_MONTHS);
      const item: ObservationItem = {
        observationId: newId("obs"),
        cityId: city.cityId,
        cityName: city.name,
        country: city.country,
        ...form,
        status: "submitted",
        expiresAt: Math.floor(expiry.getTime() / 1000),
        createdAt: at.toISOString(),
        updatedAt: at.toISOString(),
        version: 1,
      };
      await observations.create(item).go();
      return toObservation(item, member);
    },

    /** For its city's members and administrators; anyone else learns it does not exist. */
    async get(observationId: string): Promise<Observation> {
      const member = await currentMember(data);
      const item = await load(observationId);
      if (member.cityId !== item.cityId && !isAdmin(member)) throw notFound();
      return toObservation(item, member);
    },

    /** An edit by a member of its city while it is not approved; it goes back to review. */
    async update(
      observationId: string,
      patch: ObservationPatch,
      expected: number,
    ): Promise<Observation> {
      const member = await currentMember(data);
      const item = await load(observationId);
      if (member.cityId !== item.cityId) {
        if (isAdmin(member)) {
          throw new VisibleError(
            "forbidden",
            "not-your-city",
            "Only its city's members edit an observation.",
          );
        }
        throw notFound();
      }
      await ownActiveCity(member);
      if (item.status === "approved") {
        throw new VisibleError(
          "conflict",
          "observation-approved",
          "An approved observation can no longer be edited.",
        );
      }
      if (item.version !== expected) throw stale(item);
      checkPeriod(patch.period, now());
      await screen(patch, item.country);
      const saved = await write(item, expected, { ...patch, status: "submitted" }, [
        "sentBackReason",
      ]);
      return toObservation(saved, member);
    },

    /** The caller's city's observations, latest month first (empty without a city). */
    async mine(options: { cursor?: string; limit?: number }): Promise<Page<Observation>> {
      const member = await currentMember(data);
      if (!member.cityId) return { items: [], cursor: null };
      const page = await queryPage(observations.query.byCity({ cityId: member.cityId }), {
        ...options,
        order: "desc",
      });
      return { items: page.items.map((item) => toObservation(item, member)), cursor: page.cursor };
    },

    /** Submitted observations, oldest month first: the administrators' review queue. */
    async queue(options: { cursor?: string; limit?: number }): Promise<Page<Observation>> {
      requireRole("admin");
      const member = await currentMember(data);
      const page = await queryPage(observations.query.byStatus({ status: "submitted" }), options);
      return { items: page.items.map((item) => toObservation(item, member)), cursor: page.cursor };
    },

    /** An administrator approves a submitted observation or sends it back with a reason. */
    async review(
      observationId: string,
      review: ObservationReview,
      expected: number,
    ): Promise<Observation> {
      requireRole("admin");
      const member = await currentMember(data);
      const item = await load(observationId);
      if (item.status !== "submitted") {
        throw new VisibleError(
          "conflict",
          "not-submitted",
          `This observation is ${item.status}: there is nothing to review.`,
        );
      }
      if (item.version !== expected) throw stale(item);
      const saved =
        review.decision === "approve"
          ? await write(item, expected, { status: "approved" })
          : await write(item, expected, {
              status: "sent-back",
              sentBackReason: review.reason ?? "",
            });
      return toObservation(saved, member);
    },
  };
}
