/**
 * Exchange search's engine (`@alliance/core/exchange-search`): MiniSearch with its
 * stemmers and stop words (decision 0026), what searches with it and what keeps its
 * snapshot. Only the functions that search import it: the search function, the stream
 * function (the snapshot, saved searches' matches), the local server and the tests. The
 * API function's bundle leaves it out and its catalogue store holds items alone
 * (decision 0096).
 */
import type { ExchangeSearch } from "./index.ts";
import { searchCatalog } from "./search.ts";
import { searchEngine } from "./search-index.ts";

export { matchesSearch } from "./search.ts";
export { createSearchIndex, loadSearchIndex, searchEngine } from "./search-index.ts";
export { rebuildSearchSnapshot, searchSnapshotConsumer } from "./search-snapshot.ts";

/** What `createCore({ search })` takes: the engine for the store, and the search itself. */
export const exchangeSearch: ExchangeSearch = { ...searchEngine, search: searchCatalog };
