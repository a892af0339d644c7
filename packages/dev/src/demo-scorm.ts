import { packageFolder, type StoredScormPackage } from "@alliance/core";
import { DEMO_TRAINER, type DemoCourse } from "./demo-courses.ts";

/*
 * The demo's SCORM course (issue 13, decisions 0084–0086): one published course whose
 * lesson plays a small SCORM 1.2 package, seeded as a trainer's upload would have left
 * it: the package's row `ready` after its check, and its files extracted under the
 * package's folder of the attachments bucket, where the site serves them at /scorm/*.
 * The package is hand-made, as an authoring tool would export it: a manifest and pages
 * that find the run-time API in a parent frame, resume where the learner left off, and
 * report the module completed with a score.
 */

const COURSE_ID = "crs_01JD5EEDCRS0000000000000S1";
const PACKAGE_ID = "att_01JD5EEDSCRM000000000000P1";
const LESSON_ID = "les_01JD5EED000000000000S1M1N2";
const TITLE = "Three situations: an interactive module";

const MANIFEST = `<?xml version="1.0" encoding="UTF-8"?>
<manifest identifier="alliance-demo-early-signs" version="1"
  xmlns="http://www.imsproject.org/xsd/imscp_rootv1p1p2"
  xmlns:adlcp="http://www.adlnet.org/xsd/adlcp_rootv1p2">
  <metadata><schema>ADL SCORM</schema><schemaversion>1.2</schemaversion></metadata>
  <organizations default="org">
    <organization identifier="org">
      <title>${TITLE}</title>
      <item identifier="item1" identifierref="sco1">
        <title>${TITLE}</title>
        <adlcp:masteryscore>60</adlcp:masteryscore>
      </item>
    </organization>
  </organizations>
  <resources>
    <resource identifier="sco1" type="webcontent" adlcp:scormtype="sco" href="index.html">
      <file href="index.html"/>
      <file href="module.css"/>
    </resource>
  </resources>
</manifest>
`;

const CSS = `body { font: 1rem/1.5 system-ui, sans-serif; margin: 1rem; max-width: 40rem; color: #1a1a1a; }
fieldset { border: 1px solid #767676; margin: 1rem 0; padding: 0.5rem 1rem; min-inline-size: 0; }
button { font: inherit; padding: 0.4rem 1rem; margin: 0.25rem 0.5rem 0.25rem 0; }
:focus-visible { outline: 3px solid #1a1a1a; box-shadow: 0 0 0 6px #ffd100; }
[role="status"] { font-weight: 600; }
`;

/** Each situation: what happens, the choices, and which one is the elected member's part. */
const SITUATIONS = [
  {
    text: "After a fight outside a youth club, rumours on a local social media group blame 'the newcomers' for everything that goes wrong in the district.",
    choices: [
      "Publicly name the young people involved so that the rumours stop.",
      "Speak about the facts, without designating a group, and bring the youth workers and the district council together.",
      "Say nothing: it is a matter for the police.",
    ],
    right: 1,
  },
  {
    text: "A teacher tells you, worried, that a pupil has started to share videos justifying an attack.",
    choices: [
      "Refer the teacher to the local multi-agency team that assesses such concerns.",
      "Call the pupil's parents yourself.",
      "Ask the school to expel the pupil.",
    ],
    right: 0,
  },
  {
    text: "The imam and the priest of a neighbourhood ask for a meeting after threatening graffiti on both their buildings.",
    choices: [
      "Decline: the municipality must stay neutral on religion.",
      "Meet them together, condemn the threats publicly and involve the residents' association.",
      "Have the graffiti removed quietly without saying anything.",
    ],
    right: 1,
  },
];

function scoPage(): string {
  const situations = JSON.stringify(SITUATIONS);
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${TITLE}</title>
<link rel="stylesheet" href="module.css">
</head>
<body>
<main>
<h1>${TITLE}</h1>
<p id="progress"></p>
<form id="situation">
<fieldset><legend id="text"></legend><div id="choices"></div></fieldset>
<button type="submit" id="next">Next</button>
</form>
<p role="status" id="result"></p>
</main>
<script>
// The SCORM 1.2 run-time API, found in a parent window as the standard says.
function findApi(win) {
  for (var tries = 0; win && tries < 10; tries += 1) {
    if (win.API) return win.API;
    if (win.parent === win) break;
    win = win.parent;
  }
  return null;
}
var api = findApi(window.parent) || findApi(window.opener);
var situations = ${situations};
var answers = [];
var at = 0;
if (api) {
  api.LMSInitialize("");
  var saved = api.LMSGetValue("cmi.suspend_data");
  if (saved) answers = saved.split(",").filter(Boolean).map(Number);
  at = Math.min(Number(api.LMSGetValue("cmi.core.lesson_location")) || answers.length, situations.length);
}
function show() {
  var result = document.getElementById("result");
  if (at >= situations.length) {
    var right = answers.filter(function (choice, index) { return choice === situations[index].right; }).length;
    var score = Math.round((100 * right) / situations.length);
    document.getElementById("situation").hidden = true;
    document.getElementById("progress").textContent = "";
    result.textContent = "Done: " + right + " of " + situations.length + " situations handled as an elected member would. You can close this module.";
    if (api) {
      api.LMSSetValue("cmi.core.score.raw", String(score));
      api.LMSSetValue("cmi.core.lesson_status", score >= 60 ? "passed" : "failed");
      api.LMSCommit("");
    }
    return;
  }
  var situation = situations[at];
  document.getElementById("progress").textContent = "Situation " + (at + 1) + " of " + situations.length;
  document.getElementById("text").textContent = situation.text;
  var choices = document.getElementById("choices");
  choices.textContent = "";
  situation.choices.forEach(function (choice, index) {
    var label = document.createElement("label");
    var input = document.createElement("input");
    input.type = "radio"; input.name = "choice"; input.value = String(index); input.required = true;
    label.appendChild(input);
    label.appendChild(document.createTextNode(" " + choice));
    var line = document.createElement("p");
    line.appendChild(label);
    choices.appendChild(line);
  });
  document.getElementById("next").textContent = at === situations.length - 1 ? "Finish" : "Next";
}
document.getElementById("situation").addEventListener("submit", function (event) {
  event.preventDefault();
  var chosen = document.querySelector('input[name="choice"]:checked');
  if (!chosen) return;
  answers[at] = Number(chosen.value);
  at += 1;
  if (api) {
    api.LMSSetValue("cmi.core.lesson_location", String(at));
    api.LMSSetValue("cmi.suspend_data", answers.join(","));
    if (at < situations.length) { api.LMSSetValue("cmi.core.lesson_status", "incomplete"); api.LMSCommit(""); }
  }
  show();
});
window.addEventListener("pagehide", function () { if (api) api.LMSFinish(""); });
show();
</script>
</body>
</html>
`;
}

/** The package's files, by path inside the package. */
export const DEMO_SCORM_FILES: Readonly<Record<string, { body: string; contentType: string }>> = {
  "imsmanifest.xml": { body: MANIFEST, contentType: "application/xml" },
  "index.html": { body: scoPage(), contentType: "text/html; charset=utf-8" },
  "module.css": { body: CSS, contentType: "text/css; charset=utf-8" },
};

/** The course: an introduction, then the package. */
export const DEMO_SCORM_COURSE: DemoCourse = {
  courseId: COURSE_ID,
  created: "2025-09-01T08:00:00.000Z",
  publications: [{ at: "2025-09-08T09:00:00.000Z" }],
  fields: {
    title: "Early signs in practice: an interactive module",
    summary:
      "Three situations a local elected representative meets, played in an interactive module made with an authoring tool: choose what to do, see how you did, and resume where you left off.",
    description:
      "## What this course is\n\nA short course whose main lesson is a SCORM package, as trainers of the alliance export them from their authoring tools. It plays in the lesson page and remembers where you stopped.\n\n## What you practise\n\n- speaking after an incident without designating a group;\n- referring a worry about one person to the professionals;\n- standing with faith communities under threat.",
    objectives: [
      "Recognise what is the elected representative's part in three common situations.",
      "Refer a concern about one person to the right professionals.",
      "Respond to tensions between groups without stigmatising any of them.",
    ],
    language: "en",
    themes: ["polarisation", "community-engagement"],
    level: "introductory",
    durationMinutes: 15,
    audience:
      "Mayors, deputy mayors and councillors who want to practise before a real situation arises.",
    coverImageUrl: null,
  },
  modules: [
    {
      moduleId: "mod_01JD5EED00000000000000S1M1",
      title: "Three situations",
      lessons: [
        {
          lessonId: "les_01JD5EED000000000000S1M1N1",
          title: "Before you start",
          optional: false,
          citations: [],
          content: {
            kind: "text",
            body: "## How the module works\n\nThe next lesson opens an interactive module in the page. Read each situation, choose what you would do, and go on. You can stop at any time: the module starts again where you left it. It counts as done once you have gone through the three situations with at least two handled as an elected member would.",
          },
        },
        {
          lessonId: LESSON_ID,
          title: TITLE,
          optional: false,
          citations: [],
          content: { kind: "scorm", packageId: PACKAGE_ID },
        },
      ],
    },
  ],
};

/** The package's row as its check left it, and its files as extraction wrote them. */
export function demoScormPackage(): {
  row: StoredScormPackage;
  objects: Array<{ key: string; body: string; contentType: string }>;
} {
  const folder = packageFolder(COURSE_ID, PACKAGE_ID);
  const objects = Object.entries(DEMO_SCORM_FILES).map(([path, file]) => ({
    key: `${folder}${path}`,
    ...file,
  }));
  const bytes = (body: string) => new TextEncoder().encode(body).byteLength;
  return {
    row: {
      courseId: COURSE_ID,
      packageId: PACKAGE_ID,
      fileName: "early-signs-scorm12.zip",
      size: objects.reduce((sum, object) => sum + bytes(object.body), 0),
      uploadedBy: DEMO_TRAINER.userId,
      status: "ready",
      checkingSince: DEMO_SCORM_COURSE.created,
      checkedAt: DEMO_SCORM_COURSE.created,
      standard: "1.2",
      launchPath: "index.html",
      title: TITLE,
      masteryScore: 60,
      fileCount: objects.length,
      totalBytes: objects.reduce((sum, object) => sum + bytes(object.body), 0),
    },
    objects,
  };
}
