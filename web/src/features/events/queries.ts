import type {
  CalendarFeedView,
  EventCancellation,
  EventForm,
  EventPatch,
  EventView,
  RegistrationView,
} from "@alliance/core/web";
import { queryOptions, useMutation, useQueryClient } from "@tanstack/react-query";
import { api, readJson } from "../../api/client.ts";
import { pagedQueryOptions } from "../../api/paged-query.ts";
import { uploadFile } from "../../ui/put-file.ts";
import { type CatalogueFilters, catalogueQuery } from "./catalogue-params.ts";

const ifMatch = (version: number) => ({ "if-match": `"${version}"` });
const one = () => api.api.events[":eventId"];

export const eventKeys = {
  all: ["events"] as const,
  catalogue: (filters: CatalogueFilters) => [...eventKeys.all, "catalogue", filters] as const,
  one: (eventId: string) => [...eventKeys.all, "one", eventId] as const,
  registrations: (eventId: string) => [...eventKeys.all, "registrations", eventId] as const,
  mine: (as: "participant" | "organiser") => [...eventKeys.all, "mine", as] as const,
  feed: () => [...eventKeys.all, "feed"] as const,
};

const PAGE_SIZE = 12;

export const eventQueries = {
  /** The catalogue, upcoming or past, filtered as the API allows; "more" follows the cursor. */
  catalogue: (filters: CatalogueFilters) =>
    pagedQueryOptions(eventKeys.catalogue(filters), PAGE_SIZE, async (page, signal) =>
      readJson(
        await api.api.events.$get(
          { query: { ...catalogueQuery(filters), ...page } },
          { init: { signal } },
        ),
      ),
    ),
  one: (eventId: string) =>
    queryOptions({
      queryKey: eventKeys.one(eventId),
      queryFn: async ({ signal }): Promise<EventView> =>
        readJson(await one().$get({ param: { eventId } }, { init: { signal } })),
    }),
  registrations: (eventId: string) =>
    queryOptions({
      queryKey: eventKeys.registrations(eventId),
      queryFn: async ({ signal }): Promise<{ items: RegistrationView[] }> =>
        readJson(await one().registrations.$get({ param: { eventId } }, { init: { signal } })),
    }),
  mine: (as: "participant" | "organiser") =>
    pagedQueryOptions(eventKeys.mine(as), 20, async (page, signal) =>
      readJson(await api.api.me.events.$get({ query: { as, ...page } }, { init: { signal } })),
    ),
  feed: () =>
    queryOptions({
      queryKey: eventKeys.feed(),
      queryFn: async ({ signal }): Promise<CalendarFeedView> =>
        readJson(await api.api.me["calendar-feed"].$get({}, { init: { signal } })),
    }),
};

/** The address of an event's `.ics` file (public; the API adds the link for whom it may). */
export const calendarFileUrl = (eventId: string) =>
  `/api/events/${encodeURIComponent(eventId)}/calendar`;

/** An organiser's step answers the event: the cache takes it, the lists refresh. */
function useEventStep<Input>(send: (input: Input) => Promise<EventView>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: send,
    onSuccess: (event) => {
      queryClient.setQueryData(eventKeys.one(event.eventId), event);
      void queryClient.invalidateQueries({ queryKey: [...eventKeys.all, "catalogue"] });
      void queryClient.invalidateQueries({ queryKey: [...eventKeys.all, "mine"] });
    },
  });
}

type At = { eventId: string; version: number };

export const useCreateEvent = () =>
  useEventStep(async (form: EventForm) => readJson(await api.api.events.$post({ json: form })));

export const useEditEvent = () =>
  useEventStep(async ({ eventId, version, patch }: At & { patch: EventPatch }) =>
    readJson(await one().$patch({ param: { eventId }, json: patch, header: ifMatch(version) })),
  );

export const usePublishEvent = () =>
  useEventStep(async ({ eventId, version }: At) =>
    readJson(await one().publish.$post({ param: { eventId }, header: ifMatch(version) })),
  );

export const useCancelEvent = () =>
  useEventStep(
    async ({ eventId, version, cancellation }: At & { cancellation: EventCancellation }) =>
      readJson(
        await one().cancel.$post({
          param: { eventId },
          json: cancellation,
          header: ifMatch(version),
        }),
      ),
  );

/**
 * Registering (or joining the waiting list) and cancelling answer the registration,
 * with the waiting position: the event is read again for its counts and actions.
 */
export function useRegistration(eventId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (action: "register" | "cancel"): Promise<RegistrationView> => {
      const route = one().registration;
      return readJson(
        action === "register"
          ? await route.$put({ param: { eventId } })
          : await route.$delete({ param: { eventId } }),
      );
    },
    onSuccess: () =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: eventKeys.one(eventId) }),
        queryClient.invalidateQueries({ queryKey: [...eventKeys.all, "mine"] }),
      ]),
  });
}

export function useMarkAttendance(eventId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async ({ userId, attended }: { userId: string; attended: boolean }) =>
      readJson(
        await one().registrations[":userId"].attendance.$put({
          param: { eventId, userId },
          json: { attended },
        }),
      ),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: eventKeys.registrations(eventId) }),
  });
}

/** Removing a material answers the event without it, at its new version. */
export const removeMaterial = async (event: EventView, attachmentId: string): Promise<EventView> =>
  readJson(
    await one().materials[":attachmentId"].$delete({
      param: { eventId: event.eventId, attachmentId },
      header: ifMatch(event.version),
    }),
  );

/**
 * A material through the upload pipeline: declare it with its title, PUT the file
 * with progress, confirm; answers the event listing it.
 */
export async function addMaterial(
  eventId: string,
  title: string,
  file: File,
  onProgress: (percent: number) => void,
): Promise<EventView> {
  const route = one().materials;
  const { confirmed } = await uploadFile(file, {
    declare: async (json) =>
      readJson(await route.$post({ param: { eventId }, json: { ...json, title } })),
    confirm: async (attachmentId) =>
      readJson(await route[":attachmentId"].confirm.$post({ param: { eventId, attachmentId } })),
    onProgress,
  });
  return confirmed;
}

/** Making a feed answers its address once; revoking answers nothing. */
export function useCalendarFeed() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (action: "create" | "revoke"): Promise<CalendarFeedView | null> => {
      const route = api.api.me["calendar-feed"];
      if (action === "create") return readJson(await route.$post());
      const answer = await route.$delete();
      if (!answer.ok) await readJson(answer);
      return null;
    },
    onSuccess: (feed) =>
      queryClient.setQueryData<CalendarFeedView>(
        eventKeys.feed(),
        feed ?? { url: null, active: false, createdAt: null },
      ),
  });
}
