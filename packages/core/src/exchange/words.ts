/**
 * Text as search compares it: plain functions with no search engine behind them, so the
 * academy's catalogue and the API function use them without loading MiniSearch, its
 * stemmers or its stop words (decisions 0026, 0096).
 */

/** Lower case, accents removed: "Réintégration" matches "reintegration". */
export function normalise(text: string): string {
  return text
    .normalize("NFD")
    .replace(/\p{Diacritic}/gu, "")
    .toLowerCase();
}

/** Words of two letters or more, lower case, accents kept (the stemmers need them). */
export function wordsOf(text: string): string[] {
  return text
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter((word) => word.length >= 2);
}
