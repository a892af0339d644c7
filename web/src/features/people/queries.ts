import type { PeoplePage, Person, Role, Suspension } from "@alliance/core/web";
import { queryOptions, useMutation, useQueryClient } from "@tanstack/react-query";
import { api, readJson } from "../../api/client.ts";
import { pagedQueryOptions } from "../../api/paged-query.ts";

const PAGE = 25;

/** Cache keys of the administrators' people pages. */
export const peopleKeys = {
  all: ["people"] as const,
  searches: () => [...peopleKeys.all, "search"] as const,
  search: (q: string) => [...peopleKeys.searches(), q] as const,
  person: (userId: string) => [...peopleKeys.all, "person", userId] as const,
};

export const peopleQueries = {
  /** Everyone by name, or those whose name or username contains `q`, a page at a time. */
  search: (q: string) =>
    pagedQueryOptions(
      peopleKeys.search(q),
      PAGE,
      async (page, signal): Promise<PeoplePage> =>
        readJson(
          await api.api.admin.users.$get(
            { query: q ? { ...page, q } : page },
            { init: { signal } },
          ),
        ),
    ),
  /** A person with the roles they hold now; its version guards the city form. */
  person: (userId: string) =>
    queryOptions({
      queryKey: peopleKeys.person(userId),
      queryFn: async ({ signal }): Promise<Person> =>
        readJson(
          await api.api.admin.users[":userId"].$get({ param: { userId } }, { init: { signal } }),
        ),
      // A background refresh must not change the version a form is editing.
      refetchOnWindowFocus: false,
    }),
};

/** Sets the person's city with If-Match (the version the page loaded). */
export function useSetCity(person: Person) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (cityId: string | null): Promise<Person> =>
      readJson(
        await api.api.admin.users[":userId"].city.$put({
          param: { userId: person.userId },
          json: { cityId },
          header: { "if-match": `"${person.version}"` },
        }),
      ),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: peopleKeys.searches() }),
  });
}

/**
 * Sets the person's roles. Making someone a contributor names the city shown on
 * the page, which the API requires (the page reads the person again afterwards:
 * the grant writes their profile too).
 */
export function useSetRoles(person: Person) {
  return useMutation({
    mutationFn: async (roles: Role[]) =>
      readJson(
        await api.api.admin.users[":userId"].roles.$put({
          param: { userId: person.userId },
          json: {
            roles,
            ...(roles.includes("contributor") && person.cityId ? { cityId: person.cityId } : {}),
          },
        }),
      ),
  });
}

/** Suspends the person (If-Match: the version the page loaded), with the reason given. */
export function useSuspend(person: Person) {
  return useMutation({
    mutationFn: async (suspension: Suspension): Promise<Person> =>
      readJson(
        await api.api.admin.users[":userId"].suspension.$put({
          param: { userId: person.userId },
          json: suspension,
          header: { "if-match": `"${person.version}"` },
        }),
      ),
  });
}

/** Reinstates a suspended person (If-Match: the version the page loaded). */
export function useReinstate(person: Person) {
  return useMutation({
    mutationFn: async (): Promise<Person> =>
      readJson(
        await api.api.admin.users[":userId"].suspension.$delete({
          param: { userId: person.userId },
          header: { "if-match": `"${person.version}"` },
        }),
      ),
  });
}
