import type { ApiClient } from "@alliance/api/client";
import { type Caller, ifMatch, ok, type TestContext } from "./context.ts";

type Items = ApiClient["api"]["exchange"]["items"];
type ItemCreate = Parameters<Items["$post"]>[0]["json"];
type ItemPatch = Parameters<Items[":itemId"]["$patch"]>[0]["json"];

/** A complete item: everything a reader needs, so it can be submitted for review. */
export const COMPLETE: ItemCreate & ItemPatch = {
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
  overrides: Partial<ItemCreate & ItemPatch> = {},
): Promise<{ itemId: string; version: number }> {
  const { kind, title, ...rest } = { ...COMPLETE, ...overrides };
  const { itemId } = await ok(
    ctx.api(contributor).api.exchange.items.$post({ json: { kind, title } }),
  );
  const item = (caller: Caller) => ctx.api(caller).api.exchange.items[":itemId"];
  const param = { itemId };
  await ok(item(contributor).$patch({ param, json: rest, header: ifMatch(1) }));
  if (status === "draft") return { itemId, version: 2 };
  await ok(item(contributor).submit.$post({ param, header: ifMatch(2) }));
  if (status === "submitted") return { itemId, version: 3 };
  await ok(item(admin).review.$post({ param, json: { decision: "approve" }, header: ifMatch(3) }));
  if (status === "published") return { itemId, version: 4 };
  await ok(
    item(contributor).$patch({ param, json: { title: `${title} (revised)` }, header: ifMatch(4) }),
  );
  return { itemId, version: 5 };
}
