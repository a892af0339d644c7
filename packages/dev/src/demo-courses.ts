// The same projections publishing.ts uses, so the seeded catalogue is exactly
// what a publish would have written.
import {
  type CourseFields,
  type CourseModule,
  citedItemIds,
  type Lesson,
  type LessonContent,
  type StoredDraft,
  toPublished,
  toSummaryItem,
} from "@alliance/core";
import { DEMO_USERS } from "./demo-users.ts";

/** One publication of a demo course, as the trainer pressed "publish". */
export interface DemoPublication {
  at: string;
  /** Lessons written after this version went out: it was published without them. */
  without?: readonly string[];
}

/**
 * One demo course: its fields and outline as the trainer left them, when it
 * was created, and when each version was published (the last one is listed).
 */
export interface DemoCourse {
  courseId: string;
  created: string;
  publications: readonly [DemoPublication, ...DemoPublication[]];
  fields: CourseFields;
  modules: readonly CourseModule[];
}

const trainer = DEMO_USERS.find((user) => user.key === "trainer");
if (!trainer) throw new Error("no demo trainer");

/** Who authored and published every demo course. */
export const DEMO_TRAINER = { userId: trainer.userId, displayName: trainer.displayName };

/** Markdown indented with the code around it: the shared indentation is not part of it. */
function md(strings: TemplateStringsArray): string {
  const lines = strings.join("").split("\n");
  const indents = lines.filter((line) => line.trim()).map((line) => line.search(/\S/));
  const indent = Math.min(...indents);
  return lines
    .map((line) => line.slice(indent).trimEnd())
    .join("\n")
    .trim();
}

const lesson = (
  lessonId: string,
  title: string,
  content: LessonContent,
  extra: { optional?: boolean; citations?: string[] } = {},
): Lesson => ({
  lessonId,
  title,
  optional: extra.optional ?? false,
  citations: extra.citations ?? [],
  content,
});

const text = (body: string): LessonContent => ({ kind: "text", body });
/**
 * Demo videos are well-formed addresses of the allowed hosts (so the player can be
 * embedded) that name no real recording: the transcript carries the lesson.
 */
const video = (url: string, transcript: string): LessonContent => ({
  kind: "video",
  url,
  transcript,
});
const right = (label: string, feedback: string) => ({ text: label, correct: true, feedback });
const wrong = (label: string, feedback: string) => ({ text: label, correct: false, feedback });

/** Published demo exchange items the lessons cite (see demo-items.ts). */
const CITED = {
  aarhusFrontDoor: "xch_01JD5EEDXCH0000000000000A1",
  rotterdamDialogues: "xch_01JD5EEDXCH0000000000000R1",
  rotterdamSignalCard: "xch_01JD5EEDXCH0000000000000R2",
  mechelenCaseTable: "xch_01JD5EEDXCH0000000000000M1",
} as const;

const localStrategy: DemoCourse = {
  courseId: "crs_01JD5EEDCRS0000000000000C1",
  created: "2025-02-04T09:15:00.000Z",
  publications: [
    { at: "2025-02-24T10:00:00.000Z", without: ["les_01JD5EED000000000000C1M2N3"] },
    { at: "2025-06-02T08:30:00.000Z" },
  ],
  fields: {
    title: "Building a local prevention strategy",
    summary:
      "A practical introduction for elected representatives who must set up or renew their city's prevention of radicalisation and violent extremism: whom to involve, who decides, what to aim for and what it costs.",
    description: md`
      This course walks through the decisions a city council takes when it builds an integrated local approach to preventing radicalisation that leads to violent extremism. It starts from what the city already has, not from a blank page.

      ## How the course works

      - **Module 1** maps the local actors and the concerns they see, with a short film from three cities.
      - **Module 2** covers the mandate, measurable goals and the budget, and ends with a quiz.

      You need no prior knowledge of extremism. Bring your city's latest safety or social cohesion plan: several lessons ask you to hold it next to what you read.
    `,
    objectives: [
      "Map who in your city already deals with concerns about radicalisation, and where those concerns arrive.",
      "Propose a governance model that separates political steering from case work.",
      "Set three to five goals with indicators that can be measured without registering individuals.",
      "Outline a multi-year budget and name possible sources of co-funding.",
    ],
    language: "en",
    themes: ["local-prevention-strategy", "multi-agency-cooperation", "community-engagement"],
    level: "introductory",
    durationMinutes: 90,
    audience:
      "Mayors, deputy mayors and councillors who are asked to set up or renew their city's prevention strategy, and the officers who prepare their decisions.",
    coverImageUrl: null,
  },
  modules: [
    {
      moduleId: "mod_01JD5EED00000000000000C1M1",
      title: "Know your city before you plan",
      lessons: [
        lesson(
          "les_01JD5EED000000000000C1M1N1",
          "Mapping local actors and concerns",
          text(md`
            ## Why start with a map

            Most cities already do more prevention than they think. Youth workers defuse conflicts, schools handle worrying remarks in class, social services support families under strain and community police officers know which streets are tense. A strategy that ignores this work duplicates it or, worse, competes with it.

            ## Who to put on the map

            List the organisations, and where possible the people, in each of these groups:

            - **Social services**: family support, youth care, adult social work, housing and employment services.
            - **Education**: school heads, pupil counsellors, adult education and vocational training.
            - **Security**: the local police, community officers, the municipal safety department.
            - **Justice**: the public prosecutor's office, probation and prison services, victim support.
            - **Health**: mental health services and general practitioners.
            - **Civil society**: youth and sports clubs, neighbourhood associations, parents' groups, migrant organisations.
            - **Faith-based organisations**: mosques, churches, synagogues and their umbrella bodies.

            For each, note three things: what they already do, whom they reach, and whom they would call today if they were worried about someone.

            ## Where do concerns arrive?

            Ask every actor on the map the same question: *"The last time you were worried about someone, what did you do?"* The answers show where concerns arrive, where they get stuck and where they are lost. The Aarhus "front door", cited below, grew out of this kind of exercise: a worried mother could call three services and get three different answers.

            ## Looking at risks without exaggerating them

            Combine sources rather than relying on one:

            1. the police's situational picture, as far as it can be shared with the municipality;
            2. what schools, youth workers and social services report, in aggregate;
            3. signs of tension in public space and online: graffiti, incidents, local social media groups;
            4. what residents say in surveys and neighbourhood meetings.

            Write down what you do **not** know. A gap in the map is a finding, not a failure.
          `),
          { citations: [CITED.aarhusFrontDoor] },
        ),
        lesson(
          "les_01JD5EED000000000000C1M1N2",
          "Three cities, three starting points",
          video(
            "https://vimeo.com/channels/alliancedemo/900000001",
            md`
              [Narrator] Every city starts its prevention strategy from a different place. We asked three of them how they began.

              [Deputy mayor of a medium-sized city] We started after an incident. A young man from our city was arrested for planning an attack, and the council wanted to know within a week what we were doing about it. The first thing we discovered was that nobody could answer. Schools, youth workers and the police each had part of the picture. So our first step was not a plan. It was three afternoons around one table, going through who knew what.

              [Prevention coordinator of a large city] We had the opposite problem: too many projects. Over ten years we had collected a dialogue project here and a training there, each with its own funding and its own reporting. Our strategy was mostly an exercise in subtraction. We kept what reached the people we were worried about and stopped what only reached people who were already convinced.

              [Councillor of a small town] In a town of twenty thousand there is no prevention department. There is me, the head of social services and the local police chief, and we know each other. What helped us was a written agreement with the two neighbouring towns and the regional police: who calls whom, and who pays for a specialist when we need one.

              [Narrator] Three different starting points, but the same first step: find out who already knows what, before deciding what to add. In the next module we turn that picture into a mandate, goals and a budget.

              [On screen] Pause the video and make a list: who in your city would have been around that first table?
            `,
          ),
        ),
      ],
    },
    {
      moduleId: "mod_01JD5EED00000000000000C1M2",
      title: "Mandate, goals and money",
      lessons: [
        lesson(
          "les_01JD5EED000000000000C1M2N1",
          "Governance: who decides, who coordinates",
          text(md`
            ## Two tables, not one

            An integrated local approach needs two kinds of meeting, and they should not be mixed:

            - a **steering group**, chaired by the mayor or the responsible deputy mayor, which sets priorities, allocates money and reports to the council;
            - a **case consultation**, led by a professional coordinator, where practitioners discuss individual people under strict confidentiality.

            Elected representatives sit at the first table, not at the second: decisions about individuals belong to professionals bound by professional secrecy and the law.

            ## What the council should decide

            A short council resolution gives the work a mandate that survives elections and staff changes. It should state:

            1. the aim of the strategy, in the council's own words;
            2. who coordinates it, with time set aside in their job description;
            3. which partners are invited to the steering group;
            4. how information about individuals is protected, with the data protection officer involved from the start;
            5. how and when the council is informed, for example once a year in a closed session and once in public.

            ## Common pitfalls

            - **A coordinator without time.** Prevention added to a full-time job becomes nobody's job.
            - **A strategy owned by one department.** If it sits only with the police, schools and civil society stay away; if it sits only with social services, security partners disengage.
            - **A secret strategy.** Residents and community organisations should be able to read what the city does and why. Only case information is confidential.
          `),
        ),
        lesson(
          "les_01JD5EED000000000000C1M2N2",
          "Setting goals you can measure",
          text(md`
            ## Outcomes, not counts of people prevented

            Nobody can count the attacks that did not happen. Set goals about what the strategy changes in the city's capacity to respond and in the lives of the people it reaches.

            ## Three kinds of indicator

            - **Reach**: the share of schools whose staff were trained in the last two years (from training records).
            - **Process**: the median number of days between a concern being raised and a first conversation (from the case consultation's log).
            - **Outcome**: the share of closed cases in which the professionals' assessment of risk improved (from anonymised case reviews).

            ## Measuring without registering people

            No indicator may require a list of "radicalised" residents. Count activities, waiting times and anonymised case outcomes; use surveys to follow trust in institutions and how safe residents feel.

            ## Before you start

            - Measure a baseline in the first three months.
            - Agree on the indicators with the partners, so that they collect the data willingly.
            - Plan an external evaluation after three years, and budget for it now.
          `),
        ),
        lesson(
          "les_01JD5EED000000000000C1M2N3",
          "Budgeting: what a strategy costs",
          text(md`
            ## The usual cost lines

            - **Coordination**: usually the largest line. Even a small city needs a named coordinator with at least half of a full-time post.
            - **Training** for first-line practitioners: teachers, youth workers, social workers, community police officers.
            - **Grants to civil society and faith-based organisations** for activities they run themselves.
            - **Specialist support** for individual cases: mentors, family counselling, exit work, often bought from a regional or national provider.
            - **Communication**, including preparing what to say after an incident.
            - **Evaluation**: set aside a share of the budget from the first year; many cities choose between 5 and 10 per cent.

            ## Multi-year, not project by project

            Short project grants produce short projects. Ask the council for a multi-year envelope, reviewed each year against the indicators, and look for co-funding from national programmes and from EU funds such as the Internal Security Fund.

            ## A question for your own city

            Which of these lines already exists in another department's budget? A cooperation agreement often costs less than new money.
          `),
          { optional: true },
        ),
        lesson("les_01JD5EED000000000000C1M2N4", "Check your understanding", {
          kind: "quiz",
          passMark: 70,
          attemptLimit: null,
          questions: [
            {
              prompt: "Where should individual cases of concern be discussed?",
              choice: "single",
              options: [
                wrong(
                  "In the steering group chaired by the mayor",
                  "The steering group sets priorities and budgets. Individual cases need professional secrecy and a smaller circle.",
                ),
                right(
                  "In a case consultation led by a professional coordinator",
                  "Right: practitioners discuss individuals under confidentiality rules, while elected representatives steer the strategy.",
                ),
                wrong(
                  "In a council session",
                  "Never: discussing individuals in the council breaches their privacy and can put them at risk.",
                ),
              ],
            },
            {
              prompt: "Which of these are good indicators for a local prevention strategy?",
              choice: "multiple",
              options: [
                right(
                  "The median number of days between a concern being raised and a first conversation",
                  "A process indicator you can take from the case log without identifying anyone.",
                ),
                wrong(
                  "The number of residents registered as radicalised",
                  "Such a list is neither lawful nor useful, and it destroys the trust prevention depends on.",
                ),
                right(
                  "The share of schools whose staff were trained in the last two years",
                  "A reach indicator: it shows whether the first line is prepared.",
                ),
                wrong(
                  "The number of attacks prevented",
                  "Nobody can count what did not happen; this figure invites guesswork.",
                ),
              ],
            },
            {
              prompt: "What is the first step in building a strategy?",
              choice: "single",
              options: [
                wrong(
                  "Writing an action plan with new projects",
                  "New projects come later: first find out what already exists.",
                ),
                right(
                  "Mapping who already deals with concerns, and where concerns arrive",
                  "Yes. The map shows what to build on and where concerns get lost.",
                ),
                wrong(
                  "Commissioning a study of extremist groups",
                  "A study may help, but the strategy starts from the local actors and how they work together.",
                ),
              ],
            },
            {
              prompt: "What should the council's resolution on the strategy state?",
              choice: "multiple",
              options: [
                right(
                  "Who coordinates the strategy, with time set aside in their job description",
                  "Yes: without protected time, coordination becomes nobody's job.",
                ),
                right(
                  "How information about individuals is protected",
                  "Yes: partners only share what they know if the rules are clear from the start.",
                ),
                wrong(
                  "The names of the people the city is worried about",
                  "Names never belong in a council resolution.",
                ),
                right(
                  "How and when the council is informed",
                  "Yes: regular reporting keeps the mandate alive after elections.",
                ),
              ],
            },
          ],
        }),
      ],
    },
  ],
};

const multiAgency: DemoCourse = {
  courseId: "crs_01JD5EEDCRS0000000000000C2",
  created: "2025-02-18T13:00:00.000Z",
  publications: [{ at: "2025-03-17T09:00:00.000Z" }],
  fields: {
    title: "Multi-agency cooperation: working together on cases of concern",
    summary:
      "How social, educational, security and justice services, civil society and faith-based organisations work together on people at risk of violent extremism: who does what, what may be shared within the law, and how a case consultation runs.",
    description: md`
      Cooperation between services is the core of an integrated local approach, and also where it most often stalls. This course is for elected representatives who chair or fund local cooperation and need to understand how it works, without taking part in case work.

      ## What you will do

      - Go through the roles of each partner, and what each cannot do.
      - Watch the chair of a case consultation walk through an anonymised case.
      - Learn the principles for sharing information lawfully, with examples from Mechelen and Aarhus.
      - Test yourself with a short quiz.

      The lessons on information sharing explain general European principles. They are not legal advice: check your national law and involve your data protection officer.
    `,
    objectives: [
      "Describe what each partner in a case consultation contributes, and what lies outside its mandate.",
      "Explain the conditions under which personal information may be shared between services.",
      "Recognise the steps of a well-run case consultation, from referral to closure.",
      "Notice when cooperation is stalling, and know what an elected representative can do about it.",
    ],
    language: "en",
    themes: ["multi-agency-cooperation", "local-prevention-strategy", "family-support"],
    level: "intermediate",
    durationMinutes: 120,
    audience:
      "Elected representatives responsible for safety, social affairs or education who chair or fund local cooperation, and the officers who coordinate it. The introductory course on local prevention strategies is a good first step.",
    coverImageUrl: null,
  },
  modules: [
    {
      moduleId: "mod_01JD5EED00000000000000C2M1",
      title: "Who does what",
      lessons: [
        lesson(
          "les_01JD5EED000000000000C2M1N1",
          "Roles around the table",
          text(md`
            ## Each partner brings something no one else has

            - **Social services** know the family context and can offer support: family counselling, housing, debt advice, youth care.
            - **Education** sees young people every day and often notices changes first. Schools can adapt their support, but they are not investigators.
            - **Security**: the local police assess the risk of violence and can intervene when there is a threat. Community officers often know the person's surroundings.
            - **Justice**: the public prosecutor decides on criminal matters; probation and prison services supervise people on probation or returning from prison.
            - **Mental health services** assess and treat; medical confidentiality often prevents them from sharing what they know.
            - **Civil society**: youth workers, sports clubs and mentoring organisations reach people who avoid institutions.
            - **Faith-based organisations** offer credible voices and support to families, and may notice when someone turns away from the community towards a closed group.

            ## … and limits that must be respected

            Partners have different mandates. A youth worker seen as an informant for the police loses the young people they work with. An imam asked to "report" members of the congregation will rightly refuse. Good cooperation protects these limits: civil society and faith-based partners are consulted on approaches and offer support; they are not asked to hand over information.

            ## The representative's place

            Elected representatives convene the partners, protect the table's time and resources, and answer for the approach in public. They do not decide on individual cases, and they should not ask to be told names.
          `),
        ),
        lesson(
          "les_01JD5EED000000000000C2M1N2",
          "Inside a case consultation",
          video(
            "https://www.youtube-nocookie.com/embed/demoCaseTbl",
            md`
              [Chair of a local case consultation] I chair our case table, which meets every two weeks. Let me walk you through one case. Everything that could identify the person has been changed.

              A school counsellor contacted our front door about a sixteen-year-old I will call Sam. Sam had started sharing videos from an extremist channel in a class group chat and told a teacher that violence was "the only language politicians understand".

              The first question we ask is not "is Sam radicalised?" but "what is going on in Sam's life?" The front door team spoke with the counsellor and, with the parents' agreement, with Sam's mother. The father had lost his job, Sam had stopped going to football, and he was spending his nights online.

              At the table we had the school, youth social services, the community police officer and a youth worker from the neighbourhood. The police officer checked whether there was any sign of concrete plans for violence. There was none, and he said so. That matters: it changes the tone of the whole discussion.

              We agreed on a plan with one case manager, from youth social services. The youth worker would invite Sam back to the football club, where the coach is someone Sam respects. The school would talk with Sam about the videos, as a conversation rather than a punishment. And the family was offered help from the employment service.

              Three months later we reviewed the case. Sam was back at football and had left the group chat. We closed the case, and we recorded why.

              What would have happened without the table? Probably three separate reactions: a suspension from school, a police visit, and nobody talking with the family. Each on its own could have pushed Sam further away.

              [Interviewer] What is the one thing elected representatives should know?

              [Chair] That this works because people trust the rules. Don't ask us for names. Ask us whether we have the time and the rules we need.
            `,
          ),
        ),
      ],
    },
    {
      moduleId: "mod_01JD5EED00000000000000C2M2",
      title: "Sharing information within the law",
      lessons: [
        lesson(
          "les_01JD5EED000000000000C2M2N1",
          "What may be shared, by whom, and why",
          text(md`
            ## Start from the purpose

            Information about a person may be shared when there is a clear, lawful purpose, such as preventing harm to that person or to others, and only as much as that purpose requires. In the European Union the General Data Protection Regulation (GDPR) sets the principles; national laws on professional secrecy, policing and youth care add their own rules. Processing by the police and the justice system falls under the Law Enforcement Directive as transposed into national law.

            ## Principles that hold everywhere

            - **A lawful basis.** A municipality usually relies on a task carried out in the public interest and laid down in law. Find the legal provision before the first meeting, not during it.
            - **Purpose limitation.** Information shared to support a young person may not be reused for something else, such as a housing or residence decision.
            - **Data minimisation.** Share what the others need in order to act, not the whole file.
            - **Special categories.** Religion, political opinions and health are sensitive data under the GDPR and need stronger justification and protection. A person's faith is not in itself a reason for concern.
            - **Records and retention.** Minute what was shared, by whom and why, and delete it once the case is closed and the retention period has passed.

            ## Professional secrecy

            Doctors and psychologists, and in many countries social workers, are bound by professional secrecy. Some laws let them speak when there is a serious and imminent danger; otherwise they may need the person's consent. A good protocol spells out, profession by profession, what each may share.

            ## Put it in writing first

            The Mechelen case table, cited below, stalled until a protocol drafted with the public prosecutor listed what may be shared, by whom and for what purpose. Their lesson: write the rules down before the first difficult case. Ask your data protection officer to review the protocol and, where the law requires it, to carry out a data protection impact assessment.

            *This lesson explains general principles and is not legal advice.*
          `),
          { citations: [CITED.mechelenCaseTable] },
        ),
        lesson(
          "les_01JD5EED000000000000C2M2N2",
          "Running a case consultation, step by step",
          text(md`
            ## From concern to closure

            1. **Referral.** A concern arrives at a single point of contact. The Aarhus front door, cited below, answers every call within two working days.
            2. **Screening.** The coordinator checks whether the concern belongs at the table. Many do not: advice to the person who called is often enough.
            3. **Consent.** Where possible, the person, or a minor's parents, are told and agree. Where telling them would put someone at risk, the protocol says who decides.
            4. **Consultation.** Only the partners who can contribute to this case attend. The chair restates the information-sharing rules at the start of every meeting.
            5. **Plan.** One case manager, a few concrete actions and a date for review.
            6. **Review.** Is the risk lower? Is the support reaching the person?
            7. **Closure.** Record why the case was closed, and delete what is no longer needed.

            ## What makes a good chair

            - Neutral between the partners: ideally a coordinator employed by the municipality, neither police officer nor case worker.
            - Firm about time: fifteen to thirty minutes per case.
            - Insistent on one question: *what does this person need, and who can offer it?*
          `),
          { citations: [CITED.aarhusFrontDoor] },
        ),
        lesson(
          "les_01JD5EED000000000000C2M2N3",
          "When cooperation stalls",
          text(md`
            ## Signs to look for

            - Partners send substitutes who cannot commit their organisation.
            - Cases are discussed, but plans are never reviewed.
            - One partner dominates, often security, and the others stop bringing cases.
            - Civil society partners say they are only invited when something has gone wrong.

            ## What a representative can do

            - Ask the coordinator for the process indicators every six months: referrals, time to first contact, cases reviewed on time.
            - Meet the heads of the partner organisations once a year to renew their commitment, in writing if needed.
            - Fund the coordinator's time properly: cooperation is work.
            - Invite a peer review, for example by colleagues from another city of the alliance.
          `),
          { optional: true },
        ),
        lesson("les_01JD5EED000000000000C2M2N4", "Quiz: multi-agency cooperation", {
          kind: "quiz",
          passMark: 80,
          attemptLimit: 3,
          questions: [
            {
              prompt:
                "The police ask a youth worker which young people attend a mosque's youth group. What should the case consultation answer?",
              choice: "single",
              options: [
                wrong(
                  "The youth worker should pass on the names: prevention is everyone's duty",
                  "Attending a religious youth group is not a sign of risk, and a youth worker seen as an informant loses the trust their work depends on.",
                ),
                right(
                  "Decline: faith is not a reason for concern, and partners share information only about a specific concern, for a clear purpose",
                  "Right. Information is shared about a specific concern, for a clear purpose, and only as much as is needed.",
                ),
                wrong(
                  "Ask the mosque for its list of members instead",
                  "Religion is a special category of data; such a request has no lawful basis and would destroy the mosque's trust in the city.",
                ),
              ],
            },
            {
              prompt: "Which principles govern sharing personal information at a case table?",
              choice: "multiple",
              options: [
                right(
                  "A lawful basis, usually a public task laid down in law",
                  "Yes: find the legal provision before the first meeting.",
                ),
                right(
                  "Purpose limitation: information is used only for the purpose it was shared for",
                  "Yes: what is shared to support someone may not be reused for other decisions.",
                ),
                wrong(
                  "Sharing the complete file so that nothing is missed",
                  "No. Data minimisation: share what the others need to act, not everything.",
                ),
                right(
                  "Recording what was shared, by whom and why",
                  "Yes: the record protects the person and the professionals alike.",
                ),
              ],
            },
            {
              prompt: "Who decides on the plan for an individual case?",
              choice: "single",
              options: [
                wrong(
                  "The mayor, who answers for it in public",
                  "The mayor answers for the approach, not for individual plans; those belong to the professionals.",
                ),
                right(
                  "The professionals at the case consultation, with one case manager",
                  "Right: one case manager keeps the plan together and reports back at the review.",
                ),
                wrong(
                  "The police, because they assess the risk",
                  "The police assess the risk of violence, but the plan usually relies on others' support and is led by one case manager.",
                ),
              ],
            },
            {
              prompt:
                "What do faith-based organisations typically bring to an integrated local approach?",
              choice: "multiple",
              options: [
                right(
                  "Credible voices and support for families",
                  "Yes: families often turn to them before any public service.",
                ),
                right(
                  "Noticing when someone turns away from the community towards a closed group",
                  "Yes, and they can then encourage the person or their family to seek help.",
                ),
                wrong(
                  "Reports on their members' beliefs",
                  "No: beliefs are not a security matter, and asking for such reports breaks cooperation.",
                ),
              ],
            },
            {
              prompt:
                "Partners send substitutes to the case table and plans are no longer reviewed. What is the most useful step for an elected representative?",
              choice: "single",
              options: [
                wrong(
                  "Chairing the case consultation personally for a while",
                  "Representatives do not sit at the case table: their presence changes what professionals can say.",
                ),
                right(
                  "Meeting the heads of the partner organisations to renew their commitment, and checking that the coordinator has the time needed",
                  "Right: the representative's lever is commitment and resources, not case work.",
                ),
                wrong(
                  "Suspending the case consultation until things improve",
                  "Suspending it leaves concerns with nowhere to go.",
                ),
              ],
            },
          ],
        }),
      ],
    },
  ],
};

const polarisation: DemoCourse = {
  courseId: "crs_01JD5EEDCRS0000000000000C3",
  created: "2025-05-26T08:00:00.000Z",
  publications: [{ at: "2025-06-23T09:30:00.000Z" }],
  fields: {
    title: "Le rôle de l'élu face aux premiers signes de polarisation",
    summary:
      "Comment un élu local repère les tensions qui divisent sa commune, prend la parole après un incident sans stigmatiser, écoute les habitants et sait quand et vers qui orienter une inquiétude.",
    description: md`
      La polarisation ne mène pas toujours à la violence, mais elle prépare le terrain : elle isole des groupes, nourrit les rumeurs et affaiblit la confiance dans les institutions. Les élus locaux sont souvent les premiers à la percevoir, et leur parole compte.

      ## Au programme

      - **Module 1** : distinguer polarisation et radicalisation, reconnaître les signaux à l'échelle d'une commune, avec le témoignage d'une adjointe au maire.
      - **Module 2** : communiquer après un incident, écouter les habitants, savoir quand et vers qui orienter, puis un quiz.

      Une fiche réflexe facultative résume les gestes à retenir.
    `,
    objectives: [
      "Distinguer la polarisation de la radicalisation violente et repérer les signaux qui concernent l'élu.",
      "Préparer une prise de parole dans les 48 heures qui suivent un incident, sans stigmatiser de groupe.",
      "Organiser une écoute des habitants qui donne aussi la parole à ceux qui se méfient des institutions.",
      "Savoir quand une inquiétude doit être orientée, vers qui, et ce qui ne relève pas de l'élu.",
    ],
    language: "fr",
    themes: ["polarisation", "communication-and-counter-narratives", "community-engagement"],
    level: "introductory",
    durationMinutes: 75,
    audience:
      "Maires, adjoints et conseillers municipaux, en particulier ceux chargés de la sécurité, de la cohésion sociale, de la jeunesse ou de la vie associative.",
    coverImageUrl: null,
  },
  modules: [
    {
      moduleId: "mod_01JD5EED00000000000000C3M1",
      title: "Reconnaître la polarisation",
      lessons: [
        lesson(
          "les_01JD5EED000000000000C3M1N1",
          "Polarisation et radicalisation : de quoi parle-t-on ?",
          text(md`
            ## Deux phénomènes liés, mais distincts

            La **polarisation** est un processus collectif : des groupes se définissent les uns contre les autres, et le « eux » contre « nous » l'emporte sur ce qui est commun. La **radicalisation menant à l'extrémisme violent** est le parcours d'une personne ou d'un petit groupe vers l'acceptation de la violence. La première crée un climat où la seconde trouve plus facilement des recrues et des justifications.

            ## Les signaux qu'un élu peut percevoir

            - des rumeurs qui circulent après un fait divers et désignent tout un groupe ;
            - des tags, des dégradations ou des affiches visant une communauté ou un lieu de culte ;
            - des réunions publiques où le ton se durcit et où certains habitants ne viennent plus ;
            - des groupes locaux sur les réseaux sociaux qui appellent à « se défendre » ;
            - des associations ou des responsables religieux qui disent subir des pressions ;
            - des jeunes qui rompent avec les structures qu'ils fréquentaient.

            ## Ce qui n'est pas un signal

            La pratique religieuse, une tenue, la colère face à une injustice ou un engagement politique radical mais non violent ne sont pas, en eux-mêmes, des signes de radicalisation. Les traiter comme tels nourrit la polarisation que l'on veut combattre.

            ## Votre rôle

            L'élu n'enquête pas et ne pose pas de diagnostic. Il **remarque**, il **écoute** et il **oriente** : vers les professionnels pour une situation individuelle, vers la médiation et le dialogue pour des tensions collectives.
          `),
        ),
        lesson(
          "les_01JD5EED000000000000C3M1N2",
          "Témoignage : une adjointe au maire après une nuit de tensions",
          video(
            "https://vimeo.com/channels/alliancedemo/900000002",
            md`
              [Adjointe au maire chargée de la cohésion sociale] C'était un samedi soir, au mois de juin. Une bagarre entre deux groupes de jeunes devant un centre commercial, une vidéo qui circule, et en quelques heures la rumeur disait qu'un groupe avait attaqué l'autre à cause de sa religion. C'était faux, mais le dimanche matin, tout le monde le croyait.

              Ma première erreur a été de vouloir répondre tout de suite, sur les réseaux sociaux, avec les informations dont je disposais. Elles étaient incomplètes. J'ai dû corriger mon message le soir même, et cette correction a servi à dire que la mairie cachait quelque chose.

              Ce que nous avons bien fait ensuite, c'est de nous coordonner. Le maire, la police et le parquet se sont mis d'accord sur qui disait quoi. Le parquet parlait de l'enquête ; nous parlions de la commune : des victimes, du refus de désigner un groupe, et de ce que nous allions faire.

              Le mardi, nous avons réuni les responsables des associations du quartier, le recteur de la mosquée, le curé et les éducateurs de rue. Je n'ai presque pas parlé : j'ai écouté. Ils savaient des choses que la police ignorait, par exemple quels comptes relayaient la rumeur et quels jeunes étaient en train de se monter la tête.

              Deux semaines plus tard, nous avons tenu une réunion publique dans le quartier, animée par une médiatrice et non par un élu. Une soixantaine de personnes sont venues. Un mois après, nous sommes revenus dire ce que nous avions fait de ce qu'elles nous avaient confié. C'est ce deuxième rendez-vous qui a changé le regard des habitants.

              [Intervieweur] Que conseilleriez-vous à un élu qui vit sa première crise ?

              [Adjointe au maire] De se préparer avant : avoir les numéros, savoir qui parle de quoi. Et le jour venu : les faits, les victimes, aucun amalgame. Puis écouter, longtemps.
            `,
          ),
        ),
      ],
    },
    {
      moduleId: "mod_01JD5EED00000000000000C3M2",
      title: "Agir : parler, écouter, orienter",
      lessons: [
        lesson(
          "les_01JD5EED000000000000C3M2N1",
          "Communiquer dans les 48 heures après un incident",
          text(md`
            ## Les premières heures comptent

            Après un incident violent ou très médiatisé, le silence de la mairie est vite rempli par les rumeurs. Mais une parole trop rapide, fondée sur des informations incomplètes, peut faire plus de mal encore.

            ## À faire

            - **Se coordonner** avec la police et l'autorité judiciaire : le parquet communique sur l'enquête, la mairie parle de la commune.
            - **S'en tenir aux faits établis**, et dire clairement ce que l'on ne sait pas encore.
            - **Exprimer la solidarité avec les victimes**, quelles que soient leur origine et leur religion.
            - **Refuser l'amalgame** : l'acte d'un individu n'engage ni un groupe, ni une religion, ni un quartier.
            - **Annoncer une suite concrète** : une rencontre, un lieu d'écoute, une date.
            - **Parler d'une seule voix** : désigner qui s'exprime au nom de la commune.

            ## À éviter

            - reprendre les termes de la rumeur, même pour la démentir ;
            - promettre des mesures que la commune ne peut pas tenir ;
            - laisser les pages de la mairie sur les réseaux sociaux sans modération pendant plusieurs jours.

            ## Se préparer avant la crise

            Une courte procédure écrite, validée à froid, fait gagner des heures le jour venu : qui prévient qui, qui valide les messages, quels responsables associatifs et religieux contacter, quelles salles peuvent accueillir une réunion.
          `),
        ),
        lesson(
          "les_01JD5EED000000000000C3M2N2",
          "Écouter les habitants",
          text(md`
            ## Écouter avant de parler

            Après un incident, ou lorsque les tensions montent, les habitants ont besoin d'être entendus avant d'être rassurés. Une réunion où l'élu parle pendant une heure laisse surtout de la frustration.

            ## L'exemple de Rotterdam

            Les *wijkgesprekken* de Rotterdam, citées ci-dessous, suivent une méthode éprouvée :

            1. la soirée a lieu **dans la semaine** qui suit l'incident ;
            2. un animateur formé, issu du quartier, ouvre la soirée ; le maire ou l'adjoint **écoute d'abord** et ne parle qu'à la fin ;
            3. les mosquées, les églises et les associations d'habitants **invitent elles-mêmes** leurs membres, pour que viennent aussi ceux qui se méfient de la mairie ;
            4. une **deuxième rencontre**, dans le mois, rend compte de ce qui a été fait des inquiétudes exprimées.

            ## Au quotidien, pas seulement en crise

            - Rencontrer régulièrement les responsables associatifs, sportifs et religieux, sans attendre un problème.
            - S'appuyer sur les médiateurs, les éducateurs de rue et la police de proximité, qui entendent ce qui ne remonte pas en réunion.
            - Accepter d'entendre des critiques envers la commune : c'est souvent là que la confiance commence.
          `),
          { citations: [CITED.rotterdamDialogues] },
        ),
        lesson(
          "les_01JD5EED000000000000C3M2N3",
          "Quand et vers qui orienter",
          text(md`
            ## Une situation collective ou individuelle ?

            - **Des tensions entre groupes** relèvent de la médiation, du dialogue et de la politique de cohésion sociale : médiateurs, services municipaux, associations.
            - **Une inquiétude au sujet d'une personne** (un jeune qui s'isole, justifie la violence, rompt brutalement avec son entourage) s'oriente vers le dispositif local de prévention : le point d'entrée unique de la commune, la cellule de suivi ou, selon le pays, le service désigné par l'État.
            - **Un danger imminent** (une menace précise, un projet de passage à l'acte) relève immédiatement de la police : appelez le 112 ou le numéro d'urgence national.

            ## Ce qui ne relève pas de l'élu

            L'élu n'évalue pas seul une situation individuelle et ne demande pas d'informations nominatives sur son suivi. Il s'assure que le circuit existe, qu'il est connu des habitants et des professionnels, et qu'il fonctionne.

            ## Éviter les fausses alertes

            La carte de signaux conçue avec des animateurs jeunesse de Rotterdam, citée ci-dessous, distingue les comportements qui, seuls, ne disent rien (une barbe, une pratique religieuse plus intense, la colère face à l'injustice) des combinaisons qui justifient d'en parler à un collègue ou au point de conseil. Faites connaître ce type d'outil aux acteurs de votre commune.
          `),
          { citations: [CITED.rotterdamSignalCard] },
        ),
        lesson(
          "les_01JD5EED000000000000C3M2N4",
          "Fiche réflexe : les premiers gestes de l'élu",
          text(md`
            ## Avant toute crise

            - Avoir les coordonnées du coordinateur de prévention, de la police, du parquet et des principaux responsables associatifs et religieux.
            - Disposer d'une procédure de communication validée à froid.
            - Connaître le circuit d'orientation pour une inquiétude individuelle.

            ## Dans les 48 heures

            - Se coordonner avant de parler.
            - Les faits, les victimes, aucun amalgame.
            - Annoncer une rencontre avec les habitants.

            ## Dans le mois

            - Écouter, puis revenir rendre compte.
            - Faire le point avec les partenaires sur ce qui a été appris.
          `),
          { optional: true },
        ),
        lesson("les_01JD5EED000000000000C3M2N5", "Quiz : l'élu face à la polarisation", {
          kind: "quiz",
          passMark: 75,
          attemptLimit: 3,
          questions: [
            {
              prompt:
                "Lequel de ces éléments est, à lui seul, un signe de radicalisation violente ?",
              choice: "single",
              options: [
                wrong(
                  "Une pratique religieuse devenue plus intense",
                  "Non : la pratique religieuse n'est pas en soi un signe de radicalisation. La traiter comme telle nourrit la polarisation.",
                ),
                wrong(
                  "La colère exprimée face à une injustice",
                  "Non : la colère est légitime et n'indique pas, à elle seule, une adhésion à la violence.",
                ),
                right(
                  "Aucun de ces éléments, pris isolément",
                  "Exact : ce sont des combinaisons de signaux, en particulier la justification de la violence, qui justifient d'en parler à un professionnel.",
                ),
              ],
            },
            {
              prompt:
                "Après un incident, quelles règles suivre pour la prise de parole de la mairie ?",
              choice: "multiple",
              options: [
                right(
                  "Se coordonner avec la police et le parquet, qui communique sur l'enquête",
                  "Oui : chacun parle de ce qui le concerne.",
                ),
                wrong(
                  "Reprendre la rumeur mot pour mot afin de la démentir",
                  "Non : répéter la rumeur la diffuse davantage. Rétablissez plutôt les faits.",
                ),
                right(
                  "Exprimer la solidarité avec les victimes, quelle que soit leur origine",
                  "Oui : c'est ce que les habitants attendent d'abord de leurs élus.",
                ),
                right(
                  "Annoncer une rencontre avec les habitants, avec sa date",
                  "Oui : une suite concrète coupe court au sentiment d'abandon.",
                ),
              ],
            },
            {
              prompt:
                "Un habitant s'inquiète d'un jeune de son immeuble qui justifie des attentats sur les réseaux sociaux. Que faites-vous ?",
              choice: "single",
              options: [
                wrong(
                  "Vous rendez visite au jeune et à sa famille pour évaluer vous-même la situation",
                  "Non : l'élu n'évalue pas seul une situation individuelle, il oriente vers les professionnels.",
                ),
                right(
                  "Vous orientez l'habitant vers le point d'entrée du dispositif local de prévention, ou vers la police en cas de danger imminent",
                  "Exact : votre rôle est de vous assurer que l'inquiétude arrive au bon endroit.",
                ),
                wrong(
                  "Vous soulevez la question au prochain conseil municipal",
                  "Non : évoquer une situation individuelle en public porte atteinte à la vie privée et peut mettre la personne en danger.",
                ),
              ],
            },
            {
              prompt: "Qu'est-ce qui rend utile une réunion d'écoute des habitants ?",
              choice: "multiple",
              options: [
                right(
                  "Elle a lieu rapidement, dans la semaine qui suit l'incident",
                  "Oui : passé ce délai, la rumeur a déjà fait son œuvre.",
                ),
                wrong(
                  "L'élu commence par présenter le bilan de l'action municipale",
                  "Non : l'élu écoute d'abord et ne parle qu'à la fin.",
                ),
                right(
                  "Les associations et les lieux de culte invitent eux-mêmes leurs membres",
                  "Oui : c'est ainsi que viennent aussi ceux qui se méfient de la mairie.",
                ),
                right(
                  "Une deuxième rencontre rend compte de ce qui a été fait",
                  "Oui : c'est ce retour qui construit la confiance.",
                ),
              ],
            },
          ],
        }),
      ],
    },
  ],
};

/** Three published courses for local elected representatives, two in English and one in French. */
export const DEMO_COURSES: readonly DemoCourse[] = [localStrategy, multiAgency, polarisation];

const lastPublication = (course: DemoCourse) =>
  course.publications.at(-1) ?? course.publications[0];

/** The outline as it was when `publication` went out. */
function modulesAt(course: DemoCourse, publication: DemoPublication): CourseModule[] {
  const later = new Set(publication.without ?? []);
  return course.modules.map((module) => ({
    ...module,
    lessons: module.lessons.filter((candidate) => !later.has(candidate.lessonId)),
  }));
}

/**
 * The draft as its trainer left it, published. Its `version` counts the edits
 * that built it: creation, one edit of the fields, one per module and lesson
 * added, one per publication.
 */
export function demoCourseDraft(course: DemoCourse, trainerSubject?: string): StoredDraft {
  const lessons = course.modules.flatMap((module) => module.lessons);
  return {
    courseId: course.courseId,
    status: "published",
    ownerIds: [DEMO_TRAINER.userId],
    ...(trainerSubject && { ownerSubjects: [trainerSubject] }),
    trainers: [DEMO_TRAINER],
    fields: course.fields,
    modules: [...course.modules],
    publishedVersion: course.publications.length,
    createdAt: course.created,
    updatedAt: lastPublication(course).at,
    version: 2 + course.modules.length + lessons.length + course.publications.length,
  };
}

/** Each published version, answers included, as publishing.ts records it. */
export function demoCourseVersions(course: DemoCourse) {
  return course.publications.map((publication, index) => ({
    courseId: course.courseId,
    versionNumber: index + 1,
    course: {
      ...course.fields,
      trainers: [DEMO_TRAINER],
      modules: modulesAt(course, publication),
    },
    publishedAt: publication.at,
    publishedBy: DEMO_TRAINER.userId,
    publishedByName: DEMO_TRAINER.displayName,
  }));
}

/** The catalogue's entry: the latest version, learner-safe. */
export function demoCourseListing(course: DemoCourse) {
  const draft = demoCourseDraft(course);
  const { at } = lastPublication(course);
  return {
    courseId: course.courseId,
    versionNumber: draft.publishedVersion,
    listed: true,
    ownerIds: draft.ownerIds,
    view: toPublished(draft, draft.publishedVersion, at),
    citedItemIds: citedItemIds(draft.modules),
    publishedAt: at,
  };
}

/** The listing's summary, as publishing writes it beside the listing (decision 0025). */
export const demoCourseSummary = (course: DemoCourse) =>
  toSummaryItem(demoCourseListing(course).view, true);
