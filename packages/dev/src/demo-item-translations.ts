import type { TranslationLanguage } from "@alliance/core";

/** A demo translation of an item's text, as its city published it (decision 0081). */
export interface DemoTranslation {
  title: string;
  summary: string;
  description: string;
  updatedAt: string;
  /**
   * Made from an earlier text of the original, which changed since (decision 0093):
   * readers in its language are told so. Otherwise it is made from the seeded text.
   */
  madeFromEarlierText?: true;
}

/**
 * Published translations of a few demo items, by item and language: a French item
 * in German and English, a Dutch one in English and French, so that a reader in
 * German or English meets "Translated from …" and a search in German finds a French item.
 * The French translation of the Dutch card predates a change of its text: a French
 * reader is told it may be out of date, and Rotterdam's editor that it needs an update.
 */
export const DEMO_TRANSLATIONS: Readonly<
  Record<string, Partial<Record<TranslationLanguage, DemoTranslation>>>
> = {
  xch_01JD5EEDXCH0000000000000Y1: {
    de: {
      title: "Sport als Brücke: Sporttrainer für Prävention geschult",
      summary:
        "Trainerinnen und Trainer von Vereinen im Viertel lernen in drei Tagen, Jugendliche in schwierigen Lagen zu erkennen und an die richtigen Stellen zu vermitteln.",
      description:
        "Sporttrainer sehen manche Jugendliche öfter als deren Lehrkräfte. Die Stadt schult sie gemeinsam mit dem Präventionsdienst und der Jugendgerichtshilfe: erkennen, ohne zu stigmatisieren, mit der Familie sprechen, wissen, an wen man eine Sorge weitergibt.\n\nJeder geschulte Verein benennt eine Ansprechperson, die zweimal im Jahr an der städtischen Fallrunde teilnimmt.",
      updatedAt: "2025-04-02T09:00:00.000Z",
    },
    en: {
      title: "Sport as a bridge: sports coaches trained in prevention",
      summary:
        "Coaches from neighbourhood clubs take a three-day course to spot young people who are drifting away and refer them to the right people.",
      description:
        "Sports coaches see some young people more often than their teachers do. The city trains them with its prevention service and the youth justice service: noticing without stigmatising, talking with the family, knowing whom to pass a concern on to.\n\nEach trained club names a contact person who joins the municipal case group twice a year.",
      updatedAt: "2025-04-02T09:00:00.000Z",
    },
  },
  xch_01JD5EEDXCH0000000000000R2: {
    en: {
      title: "Signals card for youth workers",
      summary:
        "A pocket card with signals that deserve attention, signals that often raise a false alarm, and whom to call when in doubt.",
      description:
        "The card was made together with youth workers. The front lists behaviour that says nothing on its own (a beard, becoming devout, anger at injustice); the back lists combinations that are a reason to talk it over with a colleague, and the number of the advice centre.",
      updatedAt: "2023-02-06T10:00:00.000Z",
    },
    fr: {
      title: "Carte des signaux pour les animateurs jeunesse",
      summary:
        "Une carte de poche avec les signaux qui méritent l'attention, ceux qui déclenchent souvent une fausse alerte, et qui appeler en cas de doute.",
      description:
        "La carte a été conçue avec des animateurs jeunesse. Le recto cite des comportements qui, seuls, ne disent rien (une barbe, une pratique religieuse plus assidue, la colère face à l'injustice) ; le verso cite les combinaisons qui justifient d'en parler à un collègue, et le numéro du point de conseil.",
      updatedAt: "2023-02-06T10:00:00.000Z",
      madeFromEarlierText: true,
    },
  },
};
