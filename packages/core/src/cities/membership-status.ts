import { decisionAudit } from "../audit/index.ts";
import { currentMember, isAdmin, type Member, managesCity } from "../auth/index.ts";
import type { DataService } from "../data/service.ts";
import { VisibleError } from "../errors.ts";
import { newId } from "../ids.ts";
import { toCity } from "./cities.ts";
import type { CityItem } from "./city.entity.ts";
import type {
  City,
  CityDirectory,
  CityLeave,
  CityStatus,
  CityStatusAction,
  CityStatusChange,
  CityStatusLog,
} from "./schemas.ts";

/** Each change: who may make it, from which statuses, to which. */
const CHANGES: Record<
  CityStatusAction,
  { from: readonly CityStatus[]; to: CityStatus; byCity: boolean }
> = {
  suspended: { from: ["active"], to: "suspended", byCity: false },
  reinstated: { from: ["suspended", "former"], to: "active", byCity: false },
  // A city may declare its own leave; administrators record it on the city's request.
  left: { from: ["active", "suspended"], to: "former", byCity: true },
};

const ACTION_NAMES: Record<CityStatusAction, string> = {
  suspended: "suspended",
  reinstated: "reinstated",
  left: "marked as left",
};

const STATUS_NAMES: Record<CityStatus, string> = {
  active: "an active member",
  suspended: "suspended",
  former: "a former member",
};

export const statusOf = (city: Pick<CityItem, "membershipStatus">): CityStatus =>
  city.membershipStatus ?? "active";

/**
 * 403 unless the city is an active member: a suspended or former member's
 * contributors publish nothing new and send nothing to review (decision 0034).
 */
export function assertActiveMember(city: Pick<CityItem, "membershipStatus">): void {
  const status = statusOf(city);
  if (status === "suspended") {
    throw new VisibleError(
      "forbidden",
      "city-suspended",
      "Your city's membership is suspended: it can publish or send items to review again once an administrator reinstates it.",
    );
  }
  if (status === "former") {
    throw new VisibleError(
      "forbidden",
      "city-former-member",
      "Your city has left the alliance: it can no longer publish or send items to review.",
    );
  }
}

const cityNotFound = () =>
  new VisibleError("not-found", "city-not-found", "No member city has this id.");

/**
 * The member directory, and a city's membership status: suspended and reinstated
 * by administrators, left by the city (its contributors) or by an administrator on
 * its request. Each change is one transaction, conditional on the version the caller
 * saw, that also writes its log entry: of two administrators acting at once, one
 * wins and the other gets 412.
 */
export function membershipStatusUseCases(data: DataService, now: () => Date = () => new Date()) {
  async function load(cityId: string): Promise<CityItem> {
    const result = await data.entities.city.get({ cityId }).go();
    if (!result.data) throw cityNotFound();
    return result.data;
  }

  const stale = (city: CityItem) =>
    new VisibleError(
      "precondition-failed",
      "stale-version",
      `This city changed since you loaded it: it is now ${STATUS_NAMES[statusOf(city)]} (version ${city.version}). Reload it and decide again.`,
    );

  function assertMay(member: Member, city: CityItem, action: CityStatusAction): void {
    if (isAdmin(member)) return;
    if (CHANGES[action].byCity && managesCity(member, city.cityId)) return;
    throw new VisibleError(
      "forbidden",
      CHANGES[action].byCity ? "not-your-city" : "role-required",
      CHANGES[action].byCity
        ? "Only this city's contributors and administrators can declare that it leaves."
        : "Only administrators can suspend or reinstate a city.",
    );
  }

  async function change(
    cityId: string,
    action: CityStatusAction,
    reason: string,
    expectedVersion: number,
  ): Promise<City> {
    const member = await currentMember(data);
    const city = await load(cityId);
    assertMay(member, city, action);
    if (city.version !== expectedVersion) throw stale(city);
    const rule = CHANGES[action];
    if (!rule.from.includes(statusOf(city))) {
      throw new VisibleError(
        "conflict",
        "invalid-status",
        `This city is ${STATUS_NAMES[statusOf(city)]}: it cannot be ${ACTION_NAMES[action]} now.`,
      );
    }
    const at = now().toISOString();
    const next = { membershipStatus: rule.to, updatedAt: at, version: city.version + 1 };
    // An administrator's change is in the audit log too (decision 0050); a city's own
    // declaration of leave is in its membership log only.
    const audit = isAdmin(member)
      ? [
          decisionAudit(
            member,
            `city-${action}`,
            { id: cityId, name: `${city.name} (${city.country})` },
            { before: `status: ${statusOf(city)}`, after: `status: ${rule.to}`, reason },
            at,
          ),
        ]
      : [];
    const result = await data.transaction
      .write(({ city: cities, cityStatusEvent, auditRecord }) => [
        cities
          .patch({ cityId })
          .set(next)
          .where((attributes, { eq }) => eq(attributes.version, expectedVersion))
          .commit(),
        cityStatusEvent
          .create({
            cityId,
            at,
            eventId: newId("cty").slice(4),
            action,
            status: rule.to,
            cityName: city.name,
            by: member.userId,
            byName: member.displayName,
            reason,
          })
          .commit(),
        ...audit.map((record) => auditRecord.create(record).commit()),
      ])
      .go();
    // The only condition is the version: another change won the race.
    if (result.canceled) throw stale(await load(cityId));
    return toCity({ ...city, ...next });
  }

  return {
    /**
     * Every city, in name order, with what the directory shows: one Query of gsi1,
     * read to the end (a few pages at most for the alliance's hundreds of cities).
     */
    async directory(): Promise<CityDirectory> {
      const result = await data.entities.city.query.byName({}).go({
        pages: "all",
        attributes: ["cityId", "name", "country", "region", "memberSince", "membershipStatus"],
      });
      return {
        cities: result.data.map((city) => ({
          cityId: city.cityId,
          name: city.name,
          country: city.country,
          region: city.region ?? null,
          memberSince: city.memberSince ?? null,
          membershipStatus: statusOf(city),
        })),
      };
    },

    suspend: (cityId: string, body: CityStatusChange, version: number) =>
      change(cityId, "suspended", body.reason, version),
    reinstate: (cityId: string, body: CityStatusChange, version: number) =>
      change(cityId, "reinstated", body.reason, version),
    leave: (cityId: string, body: CityLeave, version: number) =>
      change(cityId, "left", body.reason, version),

    /** The city's status changes, oldest first: for its contributors and administrators. */
    async log(cityId: string): Promise<CityStatusLog> {
      const member = await currentMember(data);
      await load(cityId);
      if (!isAdmin(member) && !managesCity(member, cityId)) {
        throw new VisibleError(
          "forbidden",
          "not-your-city",
          "Only this city's contributors and administrators can read its membership log.",
        );
      }
      const result = await data.entities.cityStatusEvent.query
        .byCity({ cityId })
        .go({ pages: "all" });
      return {
        events: result.data.map((event) => ({
          action: event.action,
          status: event.status,
          by: event.by,
          byName: event.byName,
          reason: event.reason,
          at: event.at,
        })),
      };
    },
  };
}
