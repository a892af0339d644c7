import { stemmer as hy } from "@orama/stemmers/armenian";
import { stemmer as bg } from "@orama/stemmers/bulgarian";
import { stemmer as da } from "@orama/stemmers/danish";
import { stemmer as nl } from "@orama/stemmers/dutch";
import { stemmer as en } from "@orama/stemmers/english";
import { stemmer as fi } from "@orama/stemmers/finnish";
import { stemmer as fr } from "@orama/stemmers/french";
import { stemmer as de } from "@orama/stemmers/german";
import { stemmer as el } from "@orama/stemmers/greek";
import { stemmer as hu } from "@orama/stemmers/hungarian";
import { stemmer as ga } from "@orama/stemmers/irish";
import { stemmer as it } from "@orama/stemmers/italian";
import { stemmer as lt } from "@orama/stemmers/lithuanian";
import { stemmer as no } from "@orama/stemmers/norwegian";
import { stemmer as pt } from "@orama/stemmers/portuguese";
import { stemmer as ro } from "@orama/stemmers/romanian";
import { stemmer as ru } from "@orama/stemmers/russian";
import { stemmer as sr } from "@orama/stemmers/serbian";
import { stemmer as es } from "@orama/stemmers/spanish";
import { stemmer as sv } from "@orama/stemmers/swedish";
import { stemmer as tr } from "@orama/stemmers/turkish";
import { stemmer as uk } from "@orama/stemmers/ukrainian";
import { stopwords as hyStop } from "@orama/stopwords/armenian";
import { stopwords as bgStop } from "@orama/stopwords/bulgarian";
import { stopwords as daStop } from "@orama/stopwords/danish";
import { stopwords as nlStop } from "@orama/stopwords/dutch";
import { stopwords as enStop } from "@orama/stopwords/english";
import { stopwords as fiStop } from "@orama/stopwords/finnish";
import { stopwords as frStop } from "@orama/stopwords/french";
import { stopwords as deStop } from "@orama/stopwords/german";
import { stopwords as elStop } from "@orama/stopwords/greek";
import { stopwords as huStop } from "@orama/stopwords/hungarian";
import { stopwords as gaStop } from "@orama/stopwords/irish";
import { stopwords as itStop } from "@orama/stopwords/italian";
import { stopwords as ltStop } from "@orama/stopwords/lithuanian";
import { stopwords as noStop } from "@orama/stopwords/norwegian";
import { stopwords as ptStop } from "@orama/stopwords/portuguese";
import { stopwords as roStop } from "@orama/stopwords/romanian";
import { stopwords as ruStop } from "@orama/stopwords/russian";
import { stopwords as srStop } from "@orama/stopwords/serbian";
import { stopwords as slStop } from "@orama/stopwords/slovenian";
import { stopwords as esStop } from "@orama/stopwords/spanish";
import { stopwords as svStop } from "@orama/stopwords/swedish";
import { stopwords as trStop } from "@orama/stopwords/turkish";
import { stopwords as ukStop } from "@orama/stopwords/ukrainian";
import MiniSearch, { type AsPlainObject, type Query } from "minisearch";
import type { ContentLanguage } from "../taxonomy/index.ts";
import type { SearchEngine } from "./catalog-store.ts";
import type { CatalogEntry } from "./exchange-item.entity.ts";
import { normalise, wordsOf } from "./words.ts";

/**
 * The full-text index of the published exchange items (MiniSearch, decision
 * 0026): relevance (BM25, title above tags above summary above city), stemming
 * in each item's languages, typo tolerance and prefix matching. It answers
 * which items match every keyword and how well; filters, facets, sorting and
 * paging stay in search.ts.
 */
export interface SearchIndex {
  /** Indexes a published item, or drops an item that is no longer published. */
  put(item: CatalogEntry): void;
  remove(itemId: string): void;
  /** Items matching every word (in any of its forms), with their relevance score. */
  match(query: string, languages?: readonly ContentLanguage[]): Map<string, number>;
  /** A plain object for the snapshot; `loadSearchIndex` restores it. */
  toJSON(): AsPlainObject;
}

/** Snowball stemmers for the content languages that have one; the others match by word and prefix. */
const STEMMERS: Partial<Record<ContentLanguage, (word: string) => string>> = {
  bg,
  da,
  de,
  el,
  en,
  es,
  fi,
  fr,
  ga,
  hu,
  hy,
  it,
  lt,
  nl,
  no,
  pt,
  ro,
  ru,
  sr,
  sv,
  tr,
  uk,
};
const STEMMED_LANGUAGES = Object.keys(STEMMERS) as ContentLanguage[];

/**
 * Words too common to tell items apart ("the", "de", "und"), per language,
 * accents removed: not indexed, and dropped from a query unless nothing else is left.
 */
const STOPWORDS = new Map(
  Object.entries({
    bg: bgStop,
    da: daStop,
    de: deStop,
    el: elStop,
    en: enStop,
    es: esStop,
    fi: fiStop,
    fr: frStop,
    ga: gaStop,
    hu: huStop,
    hy: hyStop,
    it: itStop,
    lt: ltStop,
    nl: nlStop,
    no: noStop,
    pt: ptStop,
    ro: roStop,
    ru: ruStop,
    sl: slStop,
    sr: srStop,
    sv: svStop,
    tr: trStop,
    uk: ukStop,
  }).map(([language, words]) => [language, new Set(words.map(normalise))]),
);
const SEARCHED_LANGUAGES = [
  ...new Set([...STEMMED_LANGUAGES, ...STOPWORDS.keys()]),
] as ContentLanguage[];

const isStopword = (word: string, languages: readonly ContentLanguage[]) => {
  const plain = normalise(word);
  return languages.some((language) => STOPWORDS.get(language)?.has(plain));
};

/** Stems already computed: a catalogue's vocabulary is small, its words repeat. */
const stems = new Map<string, string>();
function stemOf(word: string, language: ContentLanguage): string | undefined {
  const stemmer = STEMMERS[language];
  if (!stemmer) return undefined;
  const key = `${language}:${word}`;
  let stem = stems.get(key);
  if (stem === undefined) {
    if (stems.size >= 200_000) stems.clear();
    stem = normalise(stemmer(word));
    stems.set(key, stem);
  }
  return stem;
}

/** The forms a word is indexed and searched under: itself and its stem in each language. */
function formsOf(word: string, languages: readonly ContentLanguage[]): string[] {
  const forms = new Set([normalise(word)]);
  for (const language of languages) {
    const stem = stemOf(word, language);
    if (stem) forms.add(stem);
  }
  return [...forms];
}

const FIELDS = ["title", "tags", "summary", "city"] as const;
type Field = (typeof FIELDS)[number];
type Indexed = { id: string } & Record<Field, string>;

/** Already split and stemmed by `indexed`: the index only splits on spaces. */
const OPTIONS = {
  fields: [...FIELDS],
  idField: "id",
  tokenize: (text: string) => text.split(" "),
  processTerm: (term: string) => term || null,
  searchOptions: {
    tokenize: (text: string) => text.split(" "),
    processTerm: (term: string) => term || null,
  },
};

/**
 * The item's words in the fields searched. Its translations' titles and summaries join
 * its own, each stemmed in its own language (decision 0081), so a query in any of the
 * item's languages finds it.
 */
function indexed(item: CatalogEntry): Indexed {
  const field = (text: string, languages = item.languages as ContentLanguage[]) =>
    wordsOf(text)
      .filter((word) => !isStopword(word, languages))
      .flatMap((word) => formsOf(word, languages))
      .join(" ");
  const translations = Object.entries(item.translations ?? {});
  const translated = (part: "title" | "summary") =>
    translations.map(([language, text]) =>
      field(text?.[part] ?? "", [language as ContentLanguage]),
    );
  return {
    id: item.itemId,
    title: [field(item.title), ...translated("title")].join(" ").trim(),
    tags: field(item.tags.join(" ")),
    summary: [field(item.summary), ...translated("summary")].join(" ").trim(),
    city: field(item.cityName),
  };
}

/** A typo per five letters, at most two; none in short words, where it would match anything. */
const fuzziness = (term: string) => (term.length >= 10 ? 2 : term.length >= 5 ? 1 : false);

function wrap(engine: MiniSearch<Indexed>): SearchIndex {
  return {
    put(item) {
      if (engine.has(item.itemId)) engine.discard(item.itemId);
      if (item.status === "published") engine.add(indexed(item));
    },
    remove(itemId) {
      if (engine.has(itemId)) engine.discard(itemId);
    },
    match(query, languages) {
      const searched = languages?.length ? languages : SEARCHED_LANGUAGES;
      const all = wordsOf(query);
      const meaningful = all.filter((word) => !isStopword(word, searched));
      const words = meaningful.length > 0 ? meaningful : all;
      const scores = new Map<string, number>();
      if (words.length === 0) return scores;
      // Every word must match (AND), in any of its forms (OR).
      const tree: Query = {
        combineWith: "AND",
        queries: words.map((word) => ({ combineWith: "OR", queries: formsOf(word, searched) })),
      };
      const results = engine.search(tree, {
        prefix: true,
        fuzzy: fuzziness,
        boost: { title: 4, tags: 2, summary: 1.5, city: 1 },
      });
      for (const result of results) scores.set(result.id, result.score);
      return scores;
    },
    toJSON: () => engine.toJSON(),
  };
}

export function createSearchIndex(items: Iterable<CatalogEntry> = []): SearchIndex {
  const index = wrap(new MiniSearch<Indexed>(OPTIONS));
  for (const item of items) index.put(item);
  return index;
}

/** Restores a `toJSON()`; throws on anything else. */
export function loadSearchIndex(json: AsPlainObject): SearchIndex {
  return wrap(MiniSearch.loadJS<Indexed>(json, OPTIONS));
}

/** What a catalogue store is given to keep a full-text index (catalog-store.ts). */
export const searchEngine: SearchEngine = {
  create: () => createSearchIndex(),
  load: loadSearchIndex,
};
