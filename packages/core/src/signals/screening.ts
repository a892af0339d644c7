import type { CountryCode } from "libphonenumber-js/min";
import type { ScreenReason } from "./schemas.ts";

export type { ScreenReason };

/*
 * The screen every observation's free text passes before it is saved (decision
 * 0069): no data about individuals. Phone numbers and IBANs are found by maintained
 * libraries (libphonenumber-js knows every country's numbering plan, ibantools every
 * country's IBAN length and checksum); the rest are patterns of our own, because no
 * maintained library recognises street addresses, dates or identity numbers across
 * the six languages, and refusing needs only a recogniser, not a validator. The
 * screen errs on the side of refusing: the form says what to leave out.
 *
 * The two libraries are imported on the first screen, not with the API function: every
 * cold start evaluated libphonenumber-js's metadata of every country (80 KiB of it) for
 * the rare request that records an observation (decision 0098).
 */

export const SCREEN_MESSAGES: Record<ScreenReason, string> = {
  email: "It contains an e-mail address",
  "social-profile": "It contains a link to a social media profile or an @handle",
  iban: "It contains a bank account number (IBAN)",
  "date-of-birth": "It contains a date of birth or a full date: give the month only",
  phone: "It contains a phone number",
  "id-number": "It contains what looks like an identity, passport or other personal number",
  "street-address": "It contains a street address with a number: name the district at most",
};

const EMAIL = /[^\s@<>()[\]"]+@[^\s@<>()[\]"]+\.[a-z]{2,}/iu;

/** Social networks and messengers where a link leads to a person. */
const SOCIAL_HOSTS =
  /\b(?:https?:\/\/)?(?:[\w-]+\.)*(?:facebook\.com|fb\.com|fb\.me|instagram\.com|instagr\.am|twitter\.com|x\.com|tiktok\.com|linkedin\.com|youtube\.com|youtu\.be|t\.me|telegram\.me|vk\.com|ok\.ru|snapchat\.com|reddit\.com|threads\.net|bsky\.app|discord\.gg|discord\.com|twitch\.tv|pinterest\.com|tumblr\.com|gab\.com|truthsocial\.com|parler\.com|mastodon\.social|rumble\.com|bitchute\.com)\b/iu;
/** A fediverse or social handle, `@name` (e-mail addresses are caught before). */
const HANDLE = /(?:^|[\s(])@[\p{L}\p{N}_.]{2,}/u;
/** A Mastodon-style profile link on any server: `https://server/@name`. */
const FEDIVERSE_LINK = /https?:\/\/\S+\/@[\p{L}\p{N}_.]+/u;

/** Candidates for an IBAN: two letters, two digits, then groups (spaces allowed). */
const IBAN_CANDIDATE = /\b[A-Z]{2}\d{2}(?:[ ]?[A-Z0-9]){11,30}\b/giu;

const MONTH_WORDS =
  "jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|janv|févr|fevr|mars|avr|mai|juin|juil|août|aout|sept|déc|januar|februar|märz|maerz|juni|juli|okt|dez|januari|februari|maart|mei|augustus|oktober|december|marts|maj|augusti|janvier|février|avril|juillet|septembre|octobre|novembre|décembre|january|february|march|april|june|july|august|september|october|november";
/** A day-precise date: 12.03.1990, 12/3/90, 1990-03-12, 12 March 1990, 3. März 1990. */
const FULL_DATE = new RegExp(
  [
    String.raw`\b\d{1,2}[./-]\d{1,2}[./-](?:\d{4}|\d{2})\b`,
    String.raw`\b\d{4}-\d{1,2}-\d{1,2}\b`,
    String.raw`\b\d{1,2}\.?\s+(?:${MONTH_WORDS})\.?[a-zé]*\s+\d{4}\b`,
    String.raw`\b(?:${MONTH_WORDS})[a-z]*\.?\s+\d{1,2}(?:st|nd|rd|th)?,?\s+\d{4}\b`,
  ].join("|"),
  "iu",
);
/** "born 1990", "geboren am …", "né en 1985", "født 1978", "född 1990", "geb. 1980". */
const BIRTH =
  /\b(?:born|birth|n[ée]e?|naissance|geboren|geb\.|geburt|f[øö]dd?|fødsel|födelse)\b[^.\n]{0,20}\b(?:19|20)\d{2}\b/iu;

/** Identity numbers: a letter or two and 6–9 digits (passports), or 8+ digits in one number. */
const PASSPORT_LIKE = /\b[A-Z]{1,2}\d{6,9}\b/u;
/** A code of 8–12 capitals and digits with three digits or more (German ID cards: C01X00T47). */
const DOCUMENT_CODE = /\b(?=(?:[A-Z]*\d){3})(?=\d*[A-Z])[A-Z0-9]{8,12}\b/u;
const PERSONAL_NUMBER = /\b\d{6}[-+A ]?\d{3}[0-9A-Y]\b|\b\d{2}\.\d{2}\.\d{2}-\d{3}\.\d{2}\b/u;
const LONG_NUMBER = /\b\d(?:[ .-]?\d){7,}\b/u;

const STREET_WORDS =
  "stra(?:ß|ss)e|str\\.|gasse|weg|allee|platz|ring|damm|straat|laan|gracht|plein|kade|steeg|gade|vej|torv|stræde|allé|gatan|gata|vägen|väg|torget|gränd|street|st\\.|road|rd\\.|avenue|ave\\.|lane|boulevard|drive|square|katu|tie|kuja|utca|iela|gatv[eė]";
/** Ways named first, then the name, then the number: "Via Roma 12", "Calle Mayor 5", "ul. Długa 3". */
const WAY_FIRST =
  "via|viale|piazza|corso|calle|avenida|plaza|paseo|rua|ulica|ul\\.|rue|avenue|boulevard|place|quai";
const FRENCH_WAYS =
  "rue|avenue|av\\.|boulevard|bd|chemin|place|allée|impasse|quai|route|cours|passage";
/** "Hauptstraße 12", "Kerkstraat 14a", "Vesterbrogade 3", "Baker Street 221b", "Drottninggatan 71". */
const STREET_THEN_NUMBER = new RegExp(
  String.raw`[\p{L}-]*(?:${STREET_WORDS})\s+\d{1,4}\s?[a-z]?\b`,
  "iu",
);
/** Either case of a way's first letter; the name after it must be capitalised ("via the 3" is no address). */
const WAY_FIRST_EITHER_CASE = WAY_FIRST.split("|")
  .map((word) => `[${word[0]?.toUpperCase()}${word[0]}]${word.slice(1)}`)
  .join("|");
const WAY_NAME_NUMBER = new RegExp(
  String.raw`\b(?:${WAY_FIRST_EITHER_CASE})\s+(?:\p{Lu}[\p{L}'.-]*\s+){1,3}\d{1,4}\s?[a-z]?\b`,
  "u",
);
/** "12 rue de la Paix", "221b Baker Street", "5 bis avenue Foch". */
const NUMBER_THEN_STREET = new RegExp(
  String.raw`\b\d{1,4}\s?[a-z]?(?:\s?(?:bis|ter))?,?\s+(?:(?:${FRENCH_WAYS})\b|(?:[\p{L}'-]+\s+){1,3}(?:street|road|avenue|lane|drive|st\.|rd\.))`,
  "iu",
);

/** The libraries behind two of the checks (screening-libraries.ts), imported on the first screen. */
type Libraries = typeof import("./screening-libraries.ts");

function hasPhone(text: string, country: string | undefined, libraries: Libraries): boolean {
  const defaultCountry =
    country && libraries.isSupportedCountry(country) ? (country as CountryCode) : undefined;
  const options = defaultCountry ? { defaultCountry } : {};
  return libraries.findPhoneNumbersInText(text, options).length > 0;
}

function hasIban(text: string, _country: string | undefined, libraries: Libraries): boolean {
  for (const match of text.matchAll(IBAN_CANDIDATE)) {
    const candidate = libraries.electronicFormatIBAN(match[0]);
    if (candidate && libraries.isValidIBAN(candidate)) return true;
  }
  return false;
}

type Check = (text: string, country: string | undefined, libraries: Libraries) => boolean;

const CHECKS: Array<[ScreenReason, Check]> = [
  ["email", (text) => EMAIL.test(text)],
  [
    "social-profile",
    (text) => SOCIAL_HOSTS.test(text) || FEDIVERSE_LINK.test(text) || HANDLE.test(text),
  ],
  ["iban", hasIban],
  ["date-of-birth", (text) => BIRTH.test(text) || FULL_DATE.test(text)],
  ["phone", hasPhone],
  [
    "id-number",
    (text) =>
      PASSPORT_LIKE.test(text) ||
      DOCUMENT_CODE.test(text) ||
      PERSONAL_NUMBER.test(text) ||
      LONG_NUMBER.test(text),
  ],
  [
    "street-address",
    (text) =>
      STREET_THEN_NUMBER.test(text) || NUMBER_THEN_STREET.test(text) || WAY_NAME_NUMBER.test(text),
  ],
];

/**
 * The first kind of personal data found in `text`, or null. `country` (the city's)
 * lets phone numbers written in national form be found too.
 */
export async function screenText(text: string, country?: string): Promise<ScreenReason | null> {
  const loaded = await import("./screening-libraries.ts");
  for (const [reason, found] of CHECKS) if (found(text, country, loaded)) return reason;
  return null;
}
