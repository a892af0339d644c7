import { DEFAULT_LOCALE, type UiLocale } from "@alliance/core/web";
import { firstSpoken, isUiLocale, LOCALE_COOKIE } from "./locale.ts";

/** The value of one cookie in a Cookie header, if it is there. */
function cookie(header: string | null, name: string): string | undefined {
  for (const pair of header?.split(";") ?? []) {
    const [key, ...value] = pair.split("=");
    if (key?.trim() === name) return value.join("=").trim();
  }
  return undefined;
}

/** The tags of an Accept-Language header, most wanted first; `q=0` means "not this one". */
export function acceptedLanguages(header: string | null): string[] {
  const weighted = (header ?? "")
    .split(",")
    .map((part, index) => {
      const [tag = "", ...parameters] = part.split(";").map((piece) => piece.trim());
      const q = parameters.find((parameter) => parameter.startsWith("q="));
      const weight = q === undefined ? 1 : Number(q.slice(2));
      return { tag, weight: Number.isFinite(weight) ? weight : 0, index };
    })
    .filter(({ tag, weight }) => tag !== "" && tag !== "*" && weight > 0);
  weighted.sort((a, b) => b.weight - a.weight || a.index - b.index);
  return weighted.map(({ tag }) => tag);
}

/**
 * The language the server renders a page in: the choice made on the visitor's device
 * (the `lang` cookie the app writes), else the first of their browser's languages that
 * the interface speaks, else the default. The browser starts in the same language.
 */
export function requestLocale(headers: Headers): UiLocale {
  const chosen = cookie(headers.get("cookie"), LOCALE_COOKIE);
  if (isUiLocale(chosen)) return chosen;
  return firstSpoken(acceptedLanguages(headers.get("accept-language"))) ?? DEFAULT_LOCALE;
}
