/** What a person does in their city; shown on their profile and used for statistics. */
export const POSITIONS = [
  "mayor",
  "deputy-mayor",
  "councillor",
  "regional-representative",
  "city-officer",
  "practitioner",
  "trainer",
  "other",
] as const;
export type Position = (typeof POSITIONS)[number];
