import type { EntityItem } from "electrodb";
import { defineEntity } from "../data/entity.ts";
import { SERVICE_NAME } from "../data/service-name.ts";
import { CITY_STATUS_ACTIONS, CITY_STATUSES } from "../taxonomy/cities.ts";

/**
 * One change of a city's membership status (suspended, reinstated, left), written
 * in the same transaction as the change and never modified: the city's log, oldest
 * first, is one Query. Its inserts on the stream are the change's domain events.
 */
export const CityStatusEventEntity = defineEntity({
  model: { entity: "cityStatusEvent", version: "1", service: SERVICE_NAME },
  attributes: {
    cityId: { type: "string", required: true, readOnly: true },
    at: { type: "string", required: true, readOnly: true },
    eventId: { type: "string", required: true, readOnly: true },
    action: { type: CITY_STATUS_ACTIONS, required: true, readOnly: true },
    /** The city's status after the change, so a consumer needs no read. */
    status: { type: CITY_STATUSES, required: true, readOnly: true },
    cityName: { type: "string", required: true, readOnly: true },
    by: { type: "string", required: true, readOnly: true },
    byName: { type: "string", required: true, readOnly: true },
    reason: { type: "string", required: true, readOnly: true },
  },
  indexes: {
    byCity: {
      pk: { field: "pk", composite: ["cityId"] },
      sk: { field: "sk", composite: ["at", "eventId"] },
    },
  },
});
export type CityStatusEventItem = EntityItem<typeof CityStatusEventEntity>;
