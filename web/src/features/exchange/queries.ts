import {
  CONTENT_LANGUAGES,
  type ContentLanguage,
  type CourseSummary,
  type Item,
  type ItemCreate,
  type ItemPatch,
  type ItemSummary,
  type Review,
  type SavedSearchCreate,
  type SavedSearchView,
  type SearchPage,
  type TranslationFields,
  type TranslationLanguage,
} from "@alliance/core/web";
import { type QueryClient, queryOptions, useMutation, useQueryClient } from "@tanstack/react-query";
import { api, readJson } from "../../api/client.ts";
import { pagedQueryOptions } from "../../api/paged-query.ts";
import { apiQueryOf, type SearchFilters } from "./search-params.ts";

export interface ItemList {
  items: ItemSummary[];
  cursor: string | null;
}

const PAGE = 20;

/**
 * Cache keys of the exchange. `mine` holds what depends on who is signed in (their
 * city's items, bookmarks, the moderation queue); items and searches depend on it
 * too (members see more), and sign-out clears the whole cache anyway.
 */
export const exchangeKeys = {
  all: ["exchange"] as const,
  searches: () => [...exchangeKeys.all, "search"] as const,
  search: (filters: SearchFilters, lang?: string) =>
    [...exchangeKeys.searches(), filters, lang ?? null] as const,
  /** Without `lang`: the item in its own language (what its editor changes); the prefix of every `lang`. */
  item: (itemId: string, lang?: string) =>
    lang
      ? ([...exchangeKeys.all, "item", itemId, lang] as const)
      : ([...exchangeKeys.all, "item", itemId] as const),
  mine: () => [...exchangeKeys.all, "mine"] as const,
  cityItems: () => [...exchangeKeys.mine(), "city-items"] as const,
  moderation: () => [...exchangeKeys.mine(), "moderation"] as const,
  bookmarks: () => [...exchangeKeys.mine(), "bookmarks"] as const,
  savedSearches: () => [...exchangeKeys.mine(), "saved-searches"] as const,
  /** The published courses that cite items: publishing a course changes them. */
  citations: () => [...exchangeKeys.all, "citing-courses"] as const,
  citingCourses: (itemId: string) => [...exchangeKeys.citations(), itemId] as const,
};

const ifMatch = (version: number) => ({ "if-match": `"${version}"` });

/** `lang` for the API, when it is one it knows (the interface's languages all are). */
const langQuery = (lang: string | undefined): { lang?: ContentLanguage } =>
  lang && (CONTENT_LANGUAGES as readonly string[]).includes(lang)
    ? { lang: lang as ContentLanguage }
    : {};

export const exchangeQueries = {
  /** Titles and summaries come in `lang` where an item has a translation into it. */
  search: (filters: SearchFilters, lang?: string) =>
    pagedQueryOptions(
      exchangeKeys.search(filters, lang),
      PAGE,
      async (page, signal): Promise<SearchPage> =>
        readJson(
          await api.api.exchange.items.$get(
            { query: { ...apiQueryOf(filters), ...page, ...langQuery(lang) } },
            { init: { signal } },
          ),
        ),
    ),
  /** The item, in `lang` when it has a translation into it; without, in its own language. */
  item: (itemId: string, lang?: string) =>
    queryOptions({
      queryKey: exchangeKeys.item(itemId, lang),
      queryFn: async ({ signal }): Promise<Item> =>
        readJson(
          await api.api.exchange.items[":itemId"].$get(
            { query: langQuery(lang), param: { itemId } },
            { init: { signal } },
          ),
        ),
    }),
  cityItems: () =>
    pagedQueryOptions(
      exchangeKeys.cityItems(),
      PAGE,
      async (query, signal): Promise<ItemList> =>
        readJson(await api.api.me["city-items"].$get({ query }, { init: { signal } })),
    ),
  moderation: () =>
    pagedQueryOptions(
      exchangeKeys.moderation(),
      PAGE,
      async (query, signal): Promise<ItemList> =>
        readJson(await api.api.admin.moderation.$get({ query }, { init: { signal } })),
    ),
  bookmarks: () =>
    queryOptions({
      queryKey: exchangeKeys.bookmarks(),
      queryFn: async ({ signal }): Promise<ItemSummary[]> => {
        const body = await readJson(await api.api.me.bookmarks.$get({}, { init: { signal } }));
        return body.items;
      },
    }),
  /** The person's saved searches (decision 0079), newest first, and how many they may keep. */
  savedSearches: () =>
    queryOptions({
      queryKey: exchangeKeys.savedSearches(),
      queryFn: async ({ signal }): Promise<{ items: SavedSearchView[]; max: number }> =>
        readJson(await api.api.me["saved-searches"].$get({}, { init: { signal } })),
    }) /** Published courses whose lessons cite an item. */,
  citingCourses: (itemId: string) =>
    queryOptions({
      queryKey: exchangeKeys.citingCourses(itemId),
      queryFn: async ({ signal }): Promise<CourseSummary[]> => {
        const route = api.api.exchange.items[":itemId"].courses;
        const body = await readJson(await route.$get({ param: { itemId } }, { init: { signal } }));
        return body.items;
      },
    }),
};

/** After a change to an item: the item itself, and every list it may appear in. */
function remember(queryClient: QueryClient, item: Item) {
  // An edit answers without the moderation log: keep the one we have until the refetch.
  queryClient.setQueryData<Item>(exchangeKeys.item(item.itemId), (old) => ({
    ...item,
    moderation: item.moderation ?? old?.moderation ?? null,
  }));
  void queryClient.invalidateQueries({ queryKey: exchangeKeys.item(item.itemId) });
  void queryClient.invalidateQueries({ queryKey: exchangeKeys.searches() });
  void queryClient.invalidateQueries({ queryKey: exchangeKeys.mine() });
}

export function useCreateItem() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (fields: ItemCreate): Promise<Item> =>
      readJson(await api.api.exchange.items.$post({ json: fields })),
    onSuccess: (item) => remember(queryClient, item),
  });
}

export function useUpdateItem() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async ({
      itemId,
      patch,
      version,
    }: {
      itemId: string;
      patch: ItemPatch;
      version: number;
    }): Promise<Item> =>
      readJson(
        await api.api.exchange.items[":itemId"].$patch({
          param: { itemId },
          json: patch,
          header: ifMatch(version),
        }),
      ),
    onSuccess: (item) => remember(queryClient, item),
  });
}

/** Adds or changes (`fields`) or removes (none) the translation into `language`, at the item's version. */
export function useTranslationChange() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async ({
      itemId,
      language,
      fields,
      version,
    }: {
      itemId: string;
      language: TranslationLanguage;
      fields?: TranslationFields;
      version: number;
    }): Promise<Item> => {
      const route = api.api.exchange.items[":itemId"].translations[":language"];
      const request = { param: { itemId, language }, header: ifMatch(version) };
      return readJson(
        fields ? await route.$put({ ...request, json: fields }) : await route.$delete(request),
      );
    },
    onSuccess: (item) => remember(queryClient, item),
  });
}

/** A step of the workflow taken with the item's version: submit, archive, withdraw its revision. */
export type Transition = "submit" | "archive" | "withdraw";

export function useTransition() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async ({
      itemId,
      action,
      version,
    }: {
      itemId: string;
      action: Transition;
      version: number;
    }): Promise<Item> => {
      const route = api.api.exchange.items[":itemId"];
      const request = { param: { itemId }, header: ifMatch(version) };
      if (action === "withdraw") return readJson(await route.revision.$delete(request));
      return readJson(await route[action].$post(request));
    },
    onSuccess: (item) => remember(queryClient, item),
  });
}

export function useReview() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async ({
      itemId,
      review,
      version,
    }: {
      itemId: string;
      review: Review;
      version: number;
    }): Promise<Item> =>
      readJson(
        await api.api.exchange.items[":itemId"].review.$post({
          param: { itemId },
          json: review,
          header: ifMatch(version),
        }),
      ),
    onSuccess: (item) => remember(queryClient, item),
  });
}

/** Saves or forgets an item; the saved list is refreshed either way. */
export function useBookmark() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async ({ itemId, saved }: { itemId: string; saved: boolean }) => {
      const route = api.api.me.bookmarks[":itemId"];
      const response = saved
        ? await route.$put({ param: { itemId } })
        : await route.$delete({ param: { itemId } });
      if (!response.ok) await readJson(response as unknown as Response);
    },
    onSettled: () => queryClient.invalidateQueries({ queryKey: exchangeKeys.bookmarks() }),
  });
}

/** Saves a search (its name and the search's own parameters); the list is refreshed. */
export function useSaveSearch() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (search: SavedSearchCreate): Promise<SavedSearchView> =>
      readJson(await api.api.me["saved-searches"].$post({ json: search })),
    onSettled: () => queryClient.invalidateQueries({ queryKey: exchangeKeys.savedSearches() }),
  });
}

/** Deletes one of the person's saved searches; the list is refreshed. */
export function useDeleteSavedSearch() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (savedSearchId: string) => {
      const route = api.api.me["saved-searches"][":savedSearchId"];
      const response = await route.$delete({ param: { savedSearchId } });
      if (!response.ok) await readJson(response as unknown as Response);
    },
    onSettled: () => queryClient.invalidateQueries({ queryKey: exchangeKeys.savedSearches() }),
  });
}
