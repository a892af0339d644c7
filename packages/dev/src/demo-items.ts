import { fingerprintOf, type ItemFields } from "@alliance/core";
import { DEMO_CITIES, type DemoCityId } from "./demo-cities.ts";
import { DEMO_TRANSLATIONS, type DemoTranslation } from "./demo-item-translations.ts";
import { DEMO_USERS } from "./demo-users.ts";

/** Who speaks for a city in the demo: the demo contributors, or fictitious colleagues. */
interface DemoOwner {
  userId: string;
  displayName: string;
}

const demoUser = (key: string): DemoOwner => {
  const user = DEMO_USERS.find((candidate) => candidate.key === key);
  if (!user) throw new Error(`no demo user ${key}`);
  return { userId: user.userId, displayName: user.displayName };
};

const [aarhus, rotterdam, lyon, mechelen, malmo, bologna] = DEMO_CITIES;

/**
 * Owners of each city's items. Aarhus and Rotterdam belong to the demo
 * contributors (so they find items under "My city's items"); the other cities'
 * owners have no sign-in: their ids are fixed but no profile exists.
 */
const OWNERS: Record<DemoCityId, DemoOwner> = {
  [aarhus.cityId]: demoUser("contributorA"),
  [rotterdam.cityId]: demoUser("contributorB"),
  [lyon.cityId]: { userId: "usr_01JD5EEDDEM00000000000PY0N", displayName: "Sophie Garnier" },
  [mechelen.cityId]: { userId: "usr_01JD5EEDDEM00000000000MECH", displayName: "Pieter Janssens" },
  [malmo.cityId]: { userId: "usr_01JD5EEDDEM000000000000MAM", displayName: "Elin Nordström" },
  [bologna.cityId]: { userId: "usr_01JD5EEDDEM00000000000B0GN", displayName: "Giulia Rinaldi" },
};

/** Who approved the published demo items. */
export const DEMO_REVIEWER = demoUser("admin");

/**
 * One demo item: its fields as a contributor entered them, and when it went
 * through the workflow (created and last edited, submitted, approved).
 */
export interface DemoItem {
  itemId: string;
  cityId: DemoCityId;
  status: "draft" | "submitted" | "published";
  dates: { created: string; updated: string; submitted?: string; approved?: string };
  fields: ItemFields;
}

const ongoing = (start: string) => ({ start, end: null, ongoing: true });

export const DEMO_ITEMS: readonly DemoItem[] = [
  {
    itemId: "xch_01JD5EEDXCH0000000000000A1",
    cityId: aarhus.cityId,
    status: "published",
    dates: {
      created: "2025-02-03T08:30:00.000Z",
      updated: "2025-02-10T13:05:00.000Z",
      submitted: "2025-02-10T13:20:00.000Z",
      approved: "2025-02-12T09:45:00.000Z",
    },
    fields: {
      kind: "initiative",
      title: "One front door for worries about radicalisation",
      summary:
        "Parents, teachers and neighbours who worry about someone call a single municipal team, which listens, assesses together with partners and agrees who reaches out.",
      description:
        "Before the front door existed, a worried mother might call the police, a school and a social worker and get three different answers.\n\nNow a small team of social workers and a police liaison officer answers every call within two working days. They assess the concern against a shared checklist and, if needed, convene the school, social services and the police around one plan. Most cases end with advice to the caller; some lead to a mentor or family counselling.\n\n**What makes it work:** one phone number, staff who can speak with both families and the police, and a written agreement on what information may be shared.",
      themes: ["multi-agency-cooperation", "family-support", "local-prevention-strategy"],
      targetGroups: ["families", "first-line-practitioners", "people-at-risk"],
      stakeholders: ["social-services", "security", "education", "civil-society"],
      languages: ["da", "en"],
      period: ongoing("2019-01-01"),
      evidenceLevel: "externally-evaluated",
      outcomes:
        "An external evaluation in 2024 found that callers trusted the service and that two thirds of the concerns were resolved with advice alone, without registering anyone.",
      contact: {
        name: "Anders Kjær",
        role: "Team leader, prevention unit",
        email: "frontdoor@aarhus.example",
      },
      links: [
        { label: "Service description", url: "https://aarhus.example/prevention/front-door" },
      ],
      tags: ["helpline", "early warning", "case assessment"],
      visibility: "public",
    },
  },
  {
    itemId: "xch_01JD5EEDXCH0000000000000A2",
    cityId: aarhus.cityId,
    status: "published",
    dates: {
      created: "2025-09-01T10:00:00.000Z",
      updated: "2025-09-04T11:30:00.000Z",
      submitted: "2025-09-04T11:40:00.000Z",
      approved: "2025-09-08T14:10:00.000Z",
    },
    fields: {
      kind: "experience",
      title: "Supporting people who come back: housing and work before anything else",
      summary:
        "What we learned from accompanying adults who returned from conflict zones: practical needs come first, and a steady mentor matters more than any programme.",
      description:
        "Over six years the city accompanied a small number of adults who came back from conflict areas, alongside whatever the courts decided.\n\n- Without an address and an income, no conversation about ideology went anywhere.\n- Mentors who stayed for years earned trust that rotating caseworkers never did.\n- Families needed support of their own, often more than the returnee.\n- Clear rules on what the mentor shares with the police protected the relationship.",
      themes: ["exit-and-reintegration", "mental-health", "family-support"],
      targetGroups: ["former-extremists", "people-at-risk", "families"],
      stakeholders: ["social-services", "justice", "security"],
      languages: ["en"],
      period: { start: "2018-03-01", end: "2024-06-30", ongoing: false },
      evidenceLevel: "self-assessed",
      outcomes:
        "None of the people accompanied has been convicted of a new offence; most are in work or education. The numbers are too small for firm conclusions.",
      contact: {
        name: "Lene Damgaard",
        role: "Senior social worker",
        email: "exit@aarhus.example",
      },
      links: [],
      tags: ["returnees", "mentoring", "reintegration"],
      visibility: "members",
    },
  },
  {
    itemId: "xch_01JD5EEDXCH0000000000000A3",
    cityId: aarhus.cityId,
    status: "draft",
    dates: { created: "2026-10-20T07:50:00.000Z", updated: "2026-10-21T12:15:00.000Z" },
    fields: {
      kind: "resource",
      title: "Samtaleguide: når elever taler om konspirationsteorier",
      summary:
        "En kort guide til lærere om at tage samtalen, når elever deler konspirationsteorier i klassen.",
      description:
        "Udkast. Guiden skal indeholde spørgsmål, der åbner samtalen, og råd om hvornår man bør involvere forældre eller kommunens team.",
      themes: ["education", "online-radicalisation-and-hate"],
      targetGroups: ["teachers"],
      stakeholders: ["education"],
      languages: ["da"],
      period: ongoing("2026-11-01"),
      evidenceLevel: "none",
      outcomes: "",
      contact: { name: "Jonas Lund", role: "City officer", email: "skoler@aarhus.example" },
      links: [],
      tags: ["conspiracy theories", "classroom"],
      visibility: "public",
    },
  },
  {
    itemId: "xch_01JD5EEDXCH0000000000000R1",
    cityId: rotterdam.cityId,
    status: "published",
    dates: {
      created: "2025-05-12T09:00:00.000Z",
      updated: "2025-05-19T15:00:00.000Z",
      submitted: "2025-05-19T15:10:00.000Z",
      approved: "2025-05-21T08:30:00.000Z",
    },
    fields: {
      kind: "initiative",
      title: "Wijkgesprekken: dialoogavonden in buurten onder spanning",
      summary:
        "Na een incident of bij oplopende spanningen organiseert de gemeente binnen een week een gespreksavond met bewoners, sleutelfiguren en de wijkagent.",
      description:
        "Een getrainde gespreksleider uit de wijk opent de avond; de burgemeester of wethouder luistert eerst en spreekt pas aan het eind.\n\nMoskeeën, kerken en bewonersorganisaties nodigen zelf mensen uit, zodat ook wie de gemeente niet vertrouwt komt. Na afloop volgt binnen een maand een tweede bijeenkomst over wat er met de zorgen is gedaan.",
      themes: ["polarisation", "community-engagement", "victims-support"],
      targetGroups: ["general-public", "community-and-faith-leaders"],
      stakeholders: ["civil-society", "faith-based-organisations", "security"],
      languages: ["nl", "en"],
      period: ongoing("2021-09-01"),
      evidenceLevel: "self-assessed",
      outcomes:
        "Veertien avonden in drie jaar, gemiddeld tachtig deelnemers. Sleutelfiguren melden sindsdien eerder wanneer de stemming in hun buurt omslaat.",
      contact: {
        name: "Youssef El Amrani",
        role: "Wijkregisseur",
        email: "wijkgesprekken@rotterdam.example",
      },
      links: [{ label: "Draaiboek (PDF)", url: "https://rotterdam.example/wijkgesprekken" }],
      tags: ["dialogue", "tensions", "key figures"],
      visibility: "public",
    },
  },
  {
    itemId: "xch_01JD5EEDXCH0000000000000R2",
    cityId: rotterdam.cityId,
    status: "published",
    dates: {
      created: "2022-11-14T10:20:00.000Z",
      updated: "2023-01-23T09:10:00.000Z",
      submitted: "2023-01-23T09:30:00.000Z",
      approved: "2023-01-26T16:00:00.000Z",
    },
    fields: {
      kind: "resource",
      title: "Signalenkaart voor jongerenwerkers",
      summary:
        "Een zakkaart met signalen die aandacht verdienen, signalen die vaak ten onrechte alarm slaan, en wie je belt als je twijfelt.",
      description:
        "De kaart is samen met jongerenwerkers gemaakt. De voorkant noemt gedrag dat op zichzelf niets zegt (een baard, vroom worden, boosheid over onrecht); de achterkant noemt combinaties die wel reden zijn om met een collega te overleggen, en het nummer van het adviespunt.",
      themes: ["youth-work", "online-radicalisation-and-hate"],
      targetGroups: ["first-line-practitioners"],
      stakeholders: ["social-services", "education"],
      languages: ["nl"],
      period: { start: "2022-09-01", end: "2023-12-31", ongoing: false },
      evidenceLevel: "none",
      outcomes: "Ruim 900 kaarten uitgedeeld; de kaart wordt nog gebruikt in trainingen.",
      contact: {
        name: "Noor Bakker",
        role: "Trainer jongerenwerk",
        email: "signalen@rotterdam.example",
      },
      links: [],
      tags: ["warning signs", "pocket card"],
      visibility: "public",
    },
  },
  {
    itemId: "xch_01JD5EEDXCH0000000000000R3",
    cityId: rotterdam.cityId,
    status: "submitted",
    dates: {
      created: "2026-09-28T13:00:00.000Z",
      updated: "2026-10-02T10:40:00.000Z",
      submitted: "2026-10-02T10:45:00.000Z",
    },
    fields: {
      kind: "experience",
      title: "Three years of case reviews in our safety house: what changed",
      summary:
        "An independent review of 120 anonymised cases discussed by the municipality, police, prosecutor and care providers, and the changes we made afterwards.",
      description:
        "Researchers from a local university read the minutes of every case discussed between 2022 and 2024.\n\nThey found that cases moved fastest when one partner was named as lead from the first meeting, and slowest when a care provider was invited only after the police had acted. We now invite care providers from the start and close every meeting by naming a lead.",
      themes: ["multi-agency-cooperation", "local-prevention-strategy"],
      targetGroups: ["first-line-practitioners", "local-elected-representatives"],
      stakeholders: ["security", "justice", "social-services"],
      languages: ["en", "nl"],
      period: { start: "2022-01-01", end: "2024-12-31", ongoing: false },
      evidenceLevel: "externally-evaluated",
      outcomes:
        "Median time from first meeting to an agreed plan fell from seven weeks to three after the changes.",
      contact: {
        name: "Sanne de Vries",
        role: "Programme manager, safety house",
        email: "veiligheidshuis@rotterdam.example",
      },
      links: [{ label: "Review summary", url: "https://rotterdam.example/veiligheidshuis/review" }],
      tags: ["case management", "evaluation"],
      visibility: "public",
    },
  },
  {
    itemId: "xch_01JD5EEDXCH0000000000000Y1",
    cityId: lyon.cityId,
    status: "published",
    dates: {
      created: "2025-03-17T08:00:00.000Z",
      updated: "2025-03-24T10:00:00.000Z",
      submitted: "2025-03-24T10:15:00.000Z",
      approved: "2025-03-27T13:20:00.000Z",
    },
    fields: {
      kind: "initiative",
      title: "Le sport comme passerelle : des éducateurs sportifs formés à la prévention",
      summary:
        "Des éducateurs de clubs de quartier suivent une formation de trois jours pour repérer les jeunes en rupture et les orienter vers les bons interlocuteurs.",
      description:
        "Les éducateurs sportifs voient certains jeunes plus souvent que leurs enseignants. La ville les forme avec le service de prévention et la protection judiciaire de la jeunesse : repérer sans stigmatiser, parler avec la famille, savoir à qui transmettre une inquiétude.\n\nChaque club formé désigne un référent qui participe deux fois par an à la cellule municipale.",
      themes: ["youth-work", "education", "community-engagement"],
      targetGroups: ["young-people", "first-line-practitioners"],
      stakeholders: ["civil-society", "education", "social-services"],
      languages: ["fr"],
      period: ongoing("2023-01-15"),
      evidenceLevel: "self-assessed",
      outcomes:
        "Quarante-deux éducateurs formés dans dix-huit clubs ; les signalements venant des clubs sont mieux documentés et plus précoces.",
      contact: {
        name: "Sophie Garnier",
        role: "Chargée de mission prévention",
        email: "sport-prevention@lyon.example",
      },
      links: [],
      tags: ["sport", "training", "éducateurs"],
      visibility: "public",
    },
  },
  {
    itemId: "xch_01JD5EEDXCH0000000000000Y2",
    cityId: lyon.cityId,
    status: "published",
    dates: {
      created: "2026-01-12T09:30:00.000Z",
      updated: "2026-01-19T17:00:00.000Z",
      submitted: "2026-01-19T17:05:00.000Z",
      approved: "2026-01-22T10:00:00.000Z",
    },
    fields: {
      kind: "resource",
      title: "Guide pratique de l'élu face à un signalement de radicalisation",
      summary:
        "Ce que peut et ne peut pas faire un maire ou un adjoint qui apprend qu'un habitant inquiète son entourage : interlocuteurs, secret partagé, erreurs à éviter.",
      description:
        "Rédigé avec la préfecture et le parquet, ce guide de douze pages répond aux questions que posent les élus : à qui transmettre, quelles informations partager, comment répondre à une famille inquiète sans promettre ce qui relève de l'État.",
      themes: ["local-prevention-strategy", "multi-agency-cooperation"],
      targetGroups: ["local-elected-representatives"],
      stakeholders: ["security", "justice", "social-services"],
      languages: ["fr"],
      period: ongoing("2026-01-01"),
      evidenceLevel: "none",
      outcomes: "Distribué à tous les élus de la métropole ; une session de présentation par an.",
      contact: {
        name: "Karim Benali",
        role: "Coordinateur du CLSPD",
        email: "clspd@lyon.example",
      },
      links: [{ label: "Guide (PDF)", url: "https://lyon.example/clspd/guide-elus" }],
      tags: ["élus", "information sharing"],
      visibility: "members",
    },
  },
  {
    itemId: "xch_01JD5EEDXCH0000000000000M1",
    cityId: mechelen.cityId,
    status: "published",
    dates: {
      created: "2022-05-02T07:45:00.000Z",
      updated: "2022-06-13T11:00:00.000Z",
      submitted: "2022-06-13T11:10:00.000Z",
      approved: "2022-06-20T09:00:00.000Z",
    },
    fields: {
      kind: "experience",
      title: "A confidential case table: sharing information lawfully",
      summary:
        "How our local case consultation agreed with the police and social services what each partner may share, and what happened when the rules were unclear.",
      description:
        "Early meetings stalled because social workers feared breaking professional secrecy. A protocol drafted with the public prosecutor now lists what may be shared, by whom and for what purpose, and every meeting starts by restating it.\n\nThe lesson: write the rules down before the first difficult case, not after.",
      themes: ["multi-agency-cooperation", "local-prevention-strategy"],
      targetGroups: ["first-line-practitioners", "local-elected-representatives"],
      stakeholders: ["social-services", "security", "justice"],
      languages: ["nl", "en"],
      period: { start: "2016-01-01", end: "2021-12-31", ongoing: false },
      evidenceLevel: "self-assessed",
      outcomes:
        "Partners attend consistently; no complaint about misuse of information since the protocol was adopted.",
      contact: {
        name: "Pieter Janssens",
        role: "Prevention officer",
        email: "lic@mechelen.example",
      },
      links: [],
      tags: ["professional secrecy", "protocol", "case consultation"],
      visibility: "public",
    },
  },
  {
    itemId: "xch_01JD5EEDXCH0000000000000S1",
    cityId: malmo.cityId,
    status: "published",
    dates: {
      created: "2025-10-06T08:15:00.000Z",
      updated: "2025-10-15T14:00:00.000Z",
      submitted: "2025-10-15T14:20:00.000Z",
      approved: "2025-10-17T09:30:00.000Z",
    },
    fields: {
      kind: "resource",
      title: "Samtal om demokrati och näthat – material för bibliotek och fritidsgårdar",
      summary:
        "Övningar och samtalsunderlag för personal som vill prata med unga om hat på nätet, propaganda och rätten att tycka olika.",
      description:
        "Materialet består av sex träffar à en timme. Varje träff utgår från ett verkligt exempel från sociala medier och avslutas med en övning om hur man själv kan svara.\n\nFramtaget med stadsbiblioteket, två fritidsgårdar och en ungdomsorganisation.",
      themes: ["online-radicalisation-and-hate", "communication-and-counter-narratives"],
      targetGroups: ["young-people", "teachers", "general-public"],
      stakeholders: ["education", "civil-society"],
      languages: ["sv", "en"],
      period: ongoing("2024-08-19"),
      evidenceLevel: "self-assessed",
      outcomes:
        "Används på elva bibliotek och fritidsgårdar; deltagarna säger att de känner sig säkrare att säga emot hatiska kommentarer.",
      contact: {
        name: "Elin Nordström",
        role: "Samordnare mot våldsbejakande extremism",
        email: "demokrati@malmo.example",
      },
      links: [{ label: "Materialet", url: "https://malmo.example/demokratisamtal" }],
      tags: ["online hate", "libraries", "youth clubs"],
      visibility: "public",
    },
  },
  {
    itemId: "xch_01JD5EEDXCH0000000000000S2",
    cityId: malmo.cityId,
    status: "published",
    dates: {
      created: "2026-04-07T09:00:00.000Z",
      updated: "2026-04-09T12:00:00.000Z",
      submitted: "2026-04-09T12:05:00.000Z",
      approved: "2026-04-14T08:40:00.000Z",
    },
    fields: {
      kind: "initiative",
      title: "Rådgivning för anhöriga som oroar sig",
      summary:
        "Föräldrar, syskon och vänner som oroar sig för en närstående kan få konfidentiell rådgivning per telefon eller vid ett personligt möte.",
      description:
        "Rådgivarna är socionomer med erfarenhet av familjearbete. De hjälper den anhörige att behålla kontakten med sin närstående, att ta hand om sig själv och, om det behövs, att få kontakt med socialtjänsten eller ett trossamfund som kan stödja.",
      themes: ["family-support", "mental-health"],
      targetGroups: ["families"],
      stakeholders: ["social-services", "civil-society", "faith-based-organisations"],
      languages: ["sv", "en"],
      period: ongoing("2025-01-01"),
      evidenceLevel: "none",
      outcomes: "Ett trettiotal familjer har fått stöd det första året.",
      contact: {
        name: "Amir Hadžić",
        role: "Socionom, anhörigstöd",
        email: "anhorigstod@malmo.example",
      },
      links: [],
      tags: ["relatives", "helpline", "counselling"],
      visibility: "public",
    },
  },
  {
    itemId: "xch_01JD5EEDXCH0000000000000B1",
    cityId: bologna.cityId,
    status: "published",
    dates: {
      created: "2025-11-24T10:00:00.000Z",
      updated: "2025-12-01T09:30:00.000Z",
      submitted: "2025-12-01T09:45:00.000Z",
      approved: "2025-12-03T15:15:00.000Z",
    },
    fields: {
      kind: "experience",
      title: "Laboratori di pensiero critico nelle scuole superiori: cosa abbiamo imparato",
      summary:
        "Due anni di laboratori con studenti di 15-17 anni su propaganda, fonti e polarizzazione, valutati da un gruppo di ricerca dell'università.",
      description:
        "I laboratori sono condotti in coppia da un insegnante e un educatore di un'associazione del quartiere. Gli studenti analizzano contenuti reali e producono a loro volta brevi video di risposta.\n\nLezione principale: i ragazzi partecipano di più quando scelgono loro i temi e quando l'adulto non pretende di avere sempre la risposta giusta.",
      themes: ["education", "communication-and-counter-narratives", "polarisation"],
      targetGroups: ["young-people", "teachers"],
      stakeholders: ["education", "civil-society"],
      languages: ["it", "en"],
      period: { start: "2023-09-15", end: "2025-06-10", ongoing: false },
      evidenceLevel: "externally-evaluated",
      outcomes:
        "La valutazione mostra un miglioramento netto nella capacità di riconoscere fonti inaffidabili; effetti più deboli sugli atteggiamenti verso gli altri gruppi.",
      contact: {
        name: "Giulia Rinaldi",
        role: "Ufficio scuola e cittadinanza",
        email: "pensierocritico@bologna.example",
      },
      links: [{ label: "Rapporto di valutazione", url: "https://bologna.example/laboratori" }],
      tags: ["critical thinking", "media literacy", "scuola"],
      visibility: "public",
    },
  },
  {
    itemId: "xch_01JD5EEDXCH0000000000000B2",
    cityId: bologna.cityId,
    status: "published",
    dates: {
      created: "2026-06-02T08:00:00.000Z",
      updated: "2026-06-08T16:30:00.000Z",
      submitted: "2026-06-08T16:40:00.000Z",
      approved: "2026-06-11T11:00:00.000Z",
    },
    fields: {
      kind: "initiative",
      title: "Percorsi di uscita: accompagnare chi lascia i gruppi estremisti",
      summary:
        "Un tutor, un lavoro e una comunità che accoglie: il percorso che la città offre, con i servizi per la messa alla prova, a chi vuole lasciare un gruppo violento.",
      description:
        "Il percorso inizia spesso durante una misura alternativa alla detenzione. Un tutor del terzo settore incontra la persona ogni settimana; i servizi sociali aiutano con casa e lavoro; una comunità religiosa o un'associazione sportiva offre un luogo dove sentirsi accolti.",
      themes: ["exit-and-reintegration", "prisons-and-probation"],
      targetGroups: ["former-extremists", "people-at-risk"],
      stakeholders: ["justice", "social-services", "faith-based-organisations", "civil-society"],
      languages: ["it"],
      period: ongoing("2024-03-01"),
      evidenceLevel: "self-assessed",
      outcomes:
        "Nove persone accompagnate finora; sette hanno concluso la messa alla prova senza nuove denunce.",
      contact: {
        name: "Marco Ferri",
        role: "Coordinatore, servizi sociali",
        email: "percorsi@bologna.example",
      },
      links: [],
      tags: ["exit", "probation", "tutor"],
      visibility: "members",
    },
  },
];

/** The owner of a demo item: its city's demo contributor or fictitious colleague. */
export const ownerOf = (item: Pick<DemoItem, "cityId">): DemoOwner => OWNERS[item.cityId];

/** Moderation events as the workflow would have recorded them (fixed ids: reseeding is a no-op). */
export function demoModerationEvents(item: DemoItem) {
  const suffix = item.itemId.slice(-2);
  const owner = ownerOf(item);
  const events = [];
  if (item.dates.submitted) {
    events.push({
      itemId: item.itemId,
      at: item.dates.submitted,
      eventId: `01JD5EEDEVT00000000000${suffix}0S`,
      action: "submitted" as const,
      by: owner.userId,
      byName: owner.displayName,
    });
  }
  if (item.dates.approved) {
    events.push({
      itemId: item.itemId,
      at: item.dates.approved,
      eventId: `01JD5EEDEVT00000000000${suffix}0A`,
      action: "approved" as const,
      by: DEMO_REVIEWER.userId,
      byName: DEMO_REVIEWER.displayName,
    });
  }
  return events;
}

/** Demo translations as stored: each names the original's text it was made from (decision 0093). */
function storedTranslations(
  translations: Partial<Record<string, DemoTranslation>>,
  original: ItemFields,
) {
  const current = fingerprintOf(original);
  return Object.fromEntries(
    Object.entries(translations).flatMap(([language, demo]) => {
      if (!demo) return [];
      const { madeFromEarlierText, ...text } = demo;
      // An earlier text is known only by not being the current one.
      const madeFrom = madeFromEarlierText
        ? fingerprintOf({ ...original, description: "" })
        : current;
      return [[language, { ...text, madeFrom }]];
    }),
  );
}

/** The stored item: one write per workflow step gives the version; `changedAt` is the last step. */
export function demoStoredItem(item: DemoItem) {
  const city = DEMO_CITIES.find((candidate) => candidate.cityId === item.cityId);
  if (!city) throw new Error(`no demo city ${item.cityId}`);
  const { created, updated, submitted, approved } = item.dates;
  const steps = [created, updated, submitted, approved].filter(Boolean) as string[];
  const translations = DEMO_TRANSLATIONS[item.itemId];
  return {
    ...item.fields,
    itemId: item.itemId,
    cityId: item.cityId,
    cityName: city.name,
    country: city.country,
    ownerId: ownerOf(item).userId,
    status: item.status,
    attachments: [],
    createdAt: created,
    updatedAt: updated,
    changedAt: steps.at(-1) ?? created,
    ...(approved && { publishedAt: approved, lastReviewedAt: approved }),
    version: steps.length,
    ...(translations && { translations: storedTranslations(translations, item.fields) }),
    // As the `city-status-marks` consumer would have marked it (decision 0034).
    ...("membershipStatus" in city && { cityStatus: city.membershipStatus }),
  };
}
