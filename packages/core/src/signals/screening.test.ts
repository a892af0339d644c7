import { describe, expect, it } from "vitest";
import { type ScreenReason, screenText } from "./screening.ts";

const refused: Array<[string, ScreenReason, string?]> = [
  ["Write to jan.jensen@example.dk for the list", "email"],
  ["Their page facebook.com/some.group keeps posting", "social-profile"],
  ["See https://www.instagram.com/someone/", "social-profile"],
  ["The account @northside_boys recruits", "social-profile"],
  ["Posted on https://mastodon.example/@someone", "social-profile"],
  ["Money went to DE89 3704 0044 0532 0130 00", "iban"],
  ["The leader, born 1989, moved here", "date-of-birth"],
  ["Incident on 12.03.2026 near the school", "date-of-birth"],
  ["Né le 4 mars 1990 à Lyon", "date-of-birth"],
  ["Call +45 20 12 34 56 for details", "phone"],
  ["Ring 20 12 34 56 om aftenen", "phone", "DK"],
  ["Appelez le 06 12 34 56 78", "phone", "FR"],
  ["Passport C01X00T47 was found", "id-number"],
  ["Passport AB1234567 was found", "id-number"],
  ["Henkilötunnus 131052-308T on the leaflet", "id-number"],
  ["Personnummer 850101-1234 in the leaflet", "id-number"],
  ["Flyers at Hauptstraße 12 every week", "street-address"],
  ["Meetings at Kerkstraat 14a in the evening", "street-address"],
  ["Tags on the wall at 12 rue de la Paix", "street-address"],
  ["Stickers near Drottninggatan 71 again", "street-address"],
  ["Stickers near 221b Baker Street again", "street-address"],
  ["Hämeenkatu 12", "street-address"],
  ["Graffiti in Via Roma 12 every night", "street-address"],
  ["Posters at Calle Mayor 5 in the centre", "street-address"],
];

const accepted: Array<[string, string?]> = [
  ["The campaign was reached via the 3 main channels of the city.", "IT"],
  ["More stickers with extremist symbols around the central station than last month.", "DK"],
  ["Three schools in the northern district reported tensions after the football match.", "FR"],
  ["About 40 incidents in 3 districts, up from 25 in October 2026.", "DE"],
  ["Online campaign against the mayor, 2 coordinated waves in November.", "NL"],
  ["Graffiti in Vesterbro and Nørrebro; youth workers see a rise in 15-17 year olds.", "DK"],
];

describe("the personal-data screen", () => {
  for (const [text, reason, country] of refused) {
    it(`refuses ${reason}: "${text}"`, async () => {
      expect(await screenText(text, country)).toBe(reason);
    });
  }
  for (const [text, country] of accepted) {
    it(`accepts a trend: "${text}"`, async () => {
      expect(await screenText(text, country)).toBeNull();
    });
  }
});
