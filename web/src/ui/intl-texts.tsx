import { createContext, useCallback, useContext } from "react";

/** What a formatter gave: a text, none (a course without a length), or an order of indexes. */
export type IntlValue = string | null | number[];

/**
 * Texts the browser's Intl API gave during a render (country and language names, dates,
 * durations, lists, orders of names), by a key naming the formatter, its language and its
 * input. Building an Intl formatter reads the browser's locale data: 100–350 ms each on a
 * phone (Chromium at 4× CPU slowdown), and a page that hydrates builds several. The server
 * renders a public page with a map of its own and sends what it holds with the page; the
 * browser starts from it, so hydration shows the server's texts without building a single
 * formatter (the same texts, also where the browser's locale data would differ from the
 * server's). A text the page has not shown yet is computed on first use. Decision 0108.
 */
export type IntlTexts = Map<string, IntlValue>;

const IntlTextsContext = createContext<IntlTexts>(new Map());

/** The texts the page's formatters start from (server: an empty map per render). */
export const IntlTextsProvider = IntlTextsContext.Provider;

/** Gives `compute()`'s value for `key`, computed once per page (or by the server). */
export type Remember = <T extends IntlValue>(key: string, compute: () => T) => T;

export function useRemember(): Remember {
  const texts = useContext(IntlTextsContext);
  return useCallback(
    <T extends IntlValue>(key: string, compute: () => T): T => {
      if (texts.has(key)) return texts.get(key) as T;
      const value = compute();
      texts.set(key, value);
      return value;
    },
    [texts],
  );
}

/**
 * `options` sorted by their labels as a reader of `locale` expects (Intl's collation),
 * remembered as the order of their indexes, so that the browser need not build a collator
 * to hydrate a sorted list.
 */
export function sortedByLabel<T extends { label: string }>(
  remember: Remember,
  locale: string,
  options: readonly T[],
): T[] {
  const labels = options.map((option) => option.label);
  const order = remember(`order ${locale} ${JSON.stringify(labels)}`, () => {
    const collator = new Intl.Collator(locale);
    return labels
      .map((_, index) => index)
      .sort((a, b) => collator.compare(labels[a] as string, labels[b] as string));
  });
  return order.flatMap((index) => options[index] ?? []);
}
