import type { EventForm, EventView } from "@alliance/core/web";

/** The event form as typed: every field a string, boolean or list, as inputs hold them. */
export interface EventFormValues {
  type: string;
  title: string;
  description: string;
  language: string;
  themes: string[];
  timeZone: string;
  start: string;
  end: string;
  registrationDeadline: string;
  capacity: string;
  onlineLink: string;
  inPerson: boolean;
  venueName: string;
  venueAddress: string;
  venueCity: string;
  venueCountry: string;
  relatedCourseIds: string;
  relatedItemIds: string;
  organiserCityId: string;
}

export function emptyValues(timeZone: string): EventFormValues {
  return {
    type: "workshop",
    title: "",
    description: "",
    language: "en",
    themes: [],
    timeZone,
    start: "",
    end: "",
    registrationDeadline: "",
    capacity: "",
    onlineLink: "",
    inPerson: true,
    venueName: "",
    venueAddress: "",
    venueCity: "",
    venueCountry: "",
    relatedCourseIds: "",
    relatedItemIds: "",
    organiserCityId: "",
  };
}

export function valuesOf(event: EventView): EventFormValues {
  return {
    type: event.type,
    title: event.title,
    description: event.description,
    language: event.language,
    themes: [...event.themes],
    timeZone: event.timeZone,
    start: event.start,
    end: event.end,
    registrationDeadline: event.registrationDeadline,
    capacity: String(event.capacity),
    onlineLink: event.onlineLink ?? "",
    inPerson: event.venue !== null,
    venueName: event.venue?.name ?? "",
    venueAddress: event.venue?.address ?? "",
    venueCity: event.venue?.city ?? "",
    venueCountry: event.venue?.country ?? "",
    relatedCourseIds: event.relatedCourseIds.join("\n"),
    relatedItemIds: event.relatedItemIds.join("\n"),
    organiserCityId: "",
  };
}

const lines = (text: string) =>
  text
    .split(/[\s,]+/)
    .map((line) => line.trim())
    .filter(Boolean);

/**
 * What the API takes (its schema checks it as is): a venue only when the event has
 * one, no online link when none is typed, the related ids one per line; the
 * organising city only when creating.
 */
export function inputOf(values: EventFormValues, mode: "create" | "edit"): Partial<EventForm> {
  const capacity = values.capacity.trim() === "" ? Number.NaN : Number(values.capacity);
  const onlineLink = values.onlineLink.trim();
  const organiserCityId = values.organiserCityId.trim();
  return {
    type: values.type as EventForm["type"],
    title: values.title.trim(),
    description: values.description.trim(),
    language: values.language as EventForm["language"],
    themes: values.themes as EventForm["themes"],
    timeZone: values.timeZone,
    start: values.start,
    end: values.end,
    registrationDeadline: values.registrationDeadline,
    capacity,
    onlineLink: onlineLink || null,
    venue: values.inPerson
      ? {
          name: values.venueName.trim(),
          address: values.venueAddress.trim(),
          city: values.venueCity.trim(),
          country: values.venueCountry as NonNullable<EventForm["venue"]>["country"],
        }
      : null,
    relatedCourseIds: lines(values.relatedCourseIds),
    relatedItemIds: lines(values.relatedItemIds),
    ...(mode === "create" && organiserCityId && { organiserCityId }),
  };
}

/** A path the schema or the API names (`venue.city`, `relatedItemIds.2`) → the form's field. */
export function fieldOf(path: string): string {
  const [head, sub] = path.split(".");
  if (head === "venue") {
    if (!sub) return "inPerson";
    return `venue${sub.charAt(0).toUpperCase()}${sub.slice(1)}`;
  }
  return head ?? path;
}
