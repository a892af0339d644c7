import accountEn from "../i18n/account.en.json" with { type: "json" };
import accountFr from "../i18n/account.fr.json" with { type: "json" };
import auditEn from "../i18n/audit.en.json" with { type: "json" };
import auditFr from "../i18n/audit.fr.json" with { type: "json" };
import authoringEn from "../i18n/authoring.en.json" with { type: "json" };
import authoringFr from "../i18n/authoring.fr.json" with { type: "json" };
import coursesEn from "../i18n/courses.en.json" with { type: "json" };
import coursesFr from "../i18n/courses.fr.json" with { type: "json" };
import directoryEn from "../i18n/directory.en.json" with { type: "json" };
import directoryFr from "../i18n/directory.fr.json" with { type: "json" };
import discussionsEn from "../i18n/discussions.en.json" with { type: "json" };
import discussionsFr from "../i18n/discussions.fr.json" with { type: "json" };
import en from "../i18n/en.json" with { type: "json" };
import fr from "../i18n/fr.json" with { type: "json" };
import learningEn from "../i18n/learning.en.json" with { type: "json" };
import learningFr from "../i18n/learning.fr.json" with { type: "json" };
import legalEn from "../i18n/legal.en.json" with { type: "json" };
import legalFr from "../i18n/legal.fr.json" with { type: "json" };
import matchingEn from "../i18n/matching.en.json" with { type: "json" };
import matchingFr from "../i18n/matching.fr.json" with { type: "json" };
import membershipEn from "../i18n/membership.en.json" with { type: "json" };
import membershipFr from "../i18n/membership.fr.json" with { type: "json" };
import requestsEn from "../i18n/requests.en.json" with { type: "json" };
import requestsFr from "../i18n/requests.fr.json" with { type: "json" };
import statisticsEn from "../i18n/statistics.en.json" with { type: "json" };
import statisticsFr from "../i18n/statistics.fr.json" with { type: "json" };

/** Each interface language's catalogue in its parts, as `i18n/index.ts` loads them. */
export const catalogueParts = {
  en: [
    en,
    coursesEn,
    authoringEn,
    learningEn,
    statisticsEn,
    accountEn,
    membershipEn,
    matchingEn,
    directoryEn,
    discussionsEn,
    requestsEn,
    legalEn,
    auditEn,
  ],
  fr: [
    fr,
    coursesFr,
    authoringFr,
    learningFr,
    statisticsFr,
    accountFr,
    membershipFr,
    matchingFr,
    directoryFr,
    discussionsFr,
    requestsFr,
    legalFr,
    auditFr,
  ],
};

/** Each language's whole catalogue, as the browser merges its parts. */
export const catalogues = {
  en: Object.assign({}, ...catalogueParts.en) as typeof en,
  fr: Object.assign({}, ...catalogueParts.fr) as typeof fr,
};

/** Plural suffixes of keys (`_one`, `_other`, …). */
export const PLURAL = /_(zero|one|two|few|many|other)$/;

/** Every leaf of a catalogue as a dotted key. */
export function leaves(tree: object, prefix = ""): Map<string, unknown> {
  const keys = new Map<string, unknown>();
  for (const [name, value] of Object.entries(tree)) {
    const key = prefix ? `${prefix}.${name}` : name;
    if (value && typeof value === "object") {
      for (const [leaf, text] of leaves(value, key)) keys.set(leaf, text);
    } else keys.set(key, value);
  }
  return keys;
}

/** Keys without plural suffixes: what code asks for. */
export function baseKeys(tree: object): Set<string> {
  return new Set([...leaves(tree).keys()].map((key) => key.replace(PLURAL, "")));
}
