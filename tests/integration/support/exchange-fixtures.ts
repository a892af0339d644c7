import type { Caller, TestContext } from "./context.ts";

/** A complete item: everything a reader needs, so it can be submitted for review. */
export const COMPLETE = {
  kind: "initiative",
  title: "Neighbourhood mentors for young people leaving school early",
  summary: "Trained volunteers from the neighbourhood meet young people who left school early.",
  description:
    "Social services, schools and two youth associations run the programme together; mentors are trained for three days and meet their mentee weekly for a year.",
  themes: ["youth-work", "community-engagement"],
  targetGroups: ["young-people"],
  stakeholders: ["civil-society", "social-services", "education"],
  languages: ["da", "en"],
  period: { start: "2023-09-01", end: null, ongoing: true },
  evidenceLevel: "self-assessed",
  outcomes: "Most mentees were back in education or work after a year.",
  contact: { name: "Mette Hansen", role: "Programme lead", email: "mentors@aarhus.example" },
  links: [{ label: "Programme page", url: "https://aarhus.example/mentors" }],
  tags: ["mentoring", "early school leaving"],
  visibility: "public",
};

/**
 * Creates a complete item as `caller` and takes it to `status` through the real
 * workflow; `revised` is published with a pending revision (a new title) saved.
 */
export async function itemIn(
  ctx: TestContext,
  status: "draft" | "submitted" | "published" | "revised",
  contributor: Caller,
  admin: Caller,
  overrides: Record<string, unknown> = {},
): Promise<{ itemId: string; version: number }> {
  const { kind, title, ...rest } = { ...COMPLETE, ...overrides };
  const created = await ctx.call(contributor, "POST", "/api/exchange/items", { kind, title });
  if (created.status !== 201) throw new Error(`create: ${await created.text()}`);
  const { itemId } = await created.json();
  const path = `/api/exchange/items/${itemId}`;
  const step = async (
    caller: Caller,
    method: string,
    url: string,
    version: number,
    body?: unknown,
  ) => {
    const response = await ctx.call(caller, method, url, body, { "if-match": `"${version}"` });
    if (response.status !== 200) throw new Error(`${method} ${url}: ${await response.text()}`);
  };
  await step(contributor, "PATCH", path, 1, rest);
  if (status === "draft") return { itemId, version: 2 };
  await step(contributor, "POST", `${path}/submit`, 2);
  if (status === "submitted") return { itemId, version: 3 };
  await step(admin, "POST", `${path}/review`, 3, { decision: "approve" });
  if (status === "published") return { itemId, version: 4 };
  await step(contributor, "PATCH", path, 4, { title: `${title} (revised)` });
  return { itemId, version: 5 };
}
