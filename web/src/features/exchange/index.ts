/**
 * The exchange, as other features use it: item cards, taxonomy labels, the item and
 * search queries and their cache keys. Its pages are reached by the router.
 */
export { ItemCard } from "./item-card.tsx";
export { useLabels, useLanguageOptions } from "./labels.ts";
export { exchangeKeys, exchangeQueries } from "./queries.ts";
export { filtersFrom } from "./search-params.ts";
