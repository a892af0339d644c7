/**
 * The monthly AWS cost model of docs/cost-model.md: assumptions and list prices in,
 * one table out. `pnpm cost-model` rewrites the table between the markers in the doc;
 * tests/docs/cost-model.test.ts fails when the doc and this file disagree.
 */
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

/** The alliance's size; `scale` multiplies people, content and traffic. */
export const BASE_SIZE = {
  cities: 300,
  people: 5000,
  items: 10_000,
  courses: 50,
  enrolments: 20_000,
};

/** What drives the bill, with where each figure comes from (docs/cost-model.md). */
export const ASSUMPTIONS = {
  /** Share of people who sign in during a month (Cognito bills monthly active users). */
  activeShare: 0.6,
  /** Page views per active person per month. */
  pageViewsPerActive: 40,
  /** Anonymous page views per month, per 1 000 people (public pages, search engines). */
  anonymousViewsPer1000People: 4000,
  /**
   * API requests per view of a public page, measured: the mean of home, exchange list, an
   * item, the catalogue, a course and the member cities, first view
   * (tests/bench/requests-per-page.bench.ts).
   */
  publicApiRequestsPerView: 1.17,
  /** API requests per view of a signed-in page (assumption: not measured yet, see the doc). */
  signedInApiRequestsPerView: 3,
  /** Share of page views that are public pages rendered by the render function. */
  renderedShare: 0.6,
  /** Lambda: memory (infra/platform-settings.ts) and mean billed duration per invocation. */
  apiMemoryGb: 1,
  apiMeanMs: 60,
  renderMemoryGb: 1,
  renderMeanMs: 120,
  /** Share of invocations that start cold, and the init billed each time (bench, 0029). */
  coldShare: 0.03,
  coldInitMs: 900,
  /** DynamoDB: read units per API request; share of requests that write, write units each. */
  readUnitsPerRequest: 4,
  writeShare: 0.08,
  writeUnitsPerWrite: 6,
  /** Stream consumers' bookkeeping: write units per write (one record per consumer). */
  streamWriteUnitsPerWrite: 3,
  /** Table size per item, index copies included (KB). */
  kbPerExchangeItem: 40,
  kbPerEnrolment: 6,
  kbPerPerson: 4,
  mbPerCourse: 1,
  /** Attachments: MB per exchange item; downloads per person per month. */
  attachmentMbPerItem: 2,
  downloadsPerActive: 2,
  mbPerDownload: 1,
  /** Requests CloudFront answers per page view (HTML, API calls, assets not yet cached). */
  cloudFrontRequestsPerView: 8,
  /** Bytes CloudFront serves per page view (cached assets after the first: 139 KB JS gzip, 0032). */
  kbPerView: 60,
  /** Log bytes per invocation (our log line, the platform's lines, the access log). */
  logKbPerRequest: 1.5,
  /** Alarms (s16-ops' rules), custom metrics (embedded metric format) and one dashboard. */
  alarms: 28,
  customMetrics: 12,
  dashboards: 1,
  /** E-mails per person per month (sign-up codes, planned notifications). */
  emailsPerPerson: 2,
  /** Production's AWS Backup: daily backups kept 35 days, full table each (warm storage). */
  backupsKept: 35,
} as const;

/** List prices in USD, eu-west-1 (Ireland) unless named; check them before relying on them. */
export const PRICES = {
  lambdaGbSecond: 0.0000133334, // arm64
  lambdaPerMillion: 0.2,
  httpApiPerMillion: 1.11,
  dynamoReadPerMillion: 0.1413, // on-demand read request units
  dynamoWritePerMillion: 0.705, // on-demand write request units
  dynamoStorageGb: 0.283,
  pitrGb: 0.22,
  backupWarmGb: 0.11,
  backupCopyGbEuCentral1: 0.1144,
  interRegionTransferGb: 0.02,
  s3StandardGb: 0.023,
  s3GetPer1000: 0.0004,
  cloudFrontEuropeGb: 0.085,
  cloudFrontHttpsPer10000: 0.012,
  cognitoPlusPerMau: 0.02, // threat protection (decision 0016): the Plus tier, no free MAUs
  sesPer1000: 0.1,
  logsIngestGb: 0.57,
  logsStoredGb: 0.03,
  metricPerMonth: 0.3,
  alarmPerMonth: 0.1,
  dashboardPerMonth: 3,
} as const;

export interface CostLine {
  service: string;
  base: number;
  tenfold: number;
}

const GB = 1024 * 1024;

function costsAt(scale: number) {
  const a = ASSUMPTIONS;
  const p = PRICES;
  const people = BASE_SIZE.people * scale;
  const active = people * a.activeShare;
  const views = active * a.pageViewsPerActive + (people / 1000) * a.anonymousViewsPer1000People;
  const apiRequests =
    views *
    (a.renderedShare * a.publicApiRequestsPerView +
      (1 - a.renderedShare) * a.signedInApiRequestsPerView);
  const renders = views * a.renderedShare;
  const writes = apiRequests * a.writeShare;
  const gbSeconds =
    (apiRequests * (a.apiMeanMs + a.coldShare * a.coldInitMs) * a.apiMemoryGb +
      renders * (a.renderMeanMs + a.coldShare * a.coldInitMs) * a.renderMemoryGb +
      writes * a.apiMeanMs * a.apiMemoryGb) /
    1000;
  const tableGb =
    (BASE_SIZE.items * scale * a.kbPerExchangeItem +
      BASE_SIZE.enrolments * scale * a.kbPerEnrolment +
      people * a.kbPerPerson) /
      GB +
    (BASE_SIZE.courses * scale * a.mbPerCourse) / 1024;
  const attachmentsGb = (BASE_SIZE.items * scale * a.attachmentMbPerItem) / 1024;
  const downloads = active * a.downloadsPerActive;
  const servedGb = (views * a.kbPerView) / GB + (downloads * a.mbPerDownload) / 1024;
  const logGb = ((apiRequests + renders + writes) * a.logKbPerRequest) / GB;
  return {
    "Lambda (API, render, stream)":
      gbSeconds * p.lambdaGbSecond + ((apiRequests + renders + writes) / 1e6) * p.lambdaPerMillion,
    "API Gateway (HTTP API)": (apiRequests / 1e6) * p.httpApiPerMillion,
    "DynamoDB requests (on-demand)":
      ((apiRequests * a.readUnitsPerRequest) / 1e6) * p.dynamoReadPerMillion +
      ((writes * (a.writeUnitsPerWrite + a.streamWriteUnitsPerWrite)) / 1e6) *
        p.dynamoWritePerMillion,
    "DynamoDB storage + PITR": tableGb * (p.dynamoStorageGb + p.pitrGb),
    "AWS Backup (production, + copy in eu-central-1)":
      tableGb * a.backupsKept * (p.backupWarmGb + p.backupCopyGbEuCentral1) +
      tableGb * 30 * p.interRegionTransferGb,
    "S3 (attachments, web assets)":
      attachmentsGb * p.s3StandardGb + (downloads / 1000) * p.s3GetPer1000,
    CloudFront:
      servedGb * p.cloudFrontEuropeGb +
      ((views * a.cloudFrontRequestsPerView) / 10_000) * p.cloudFrontHttpsPer10000,
    "Cognito (Plus tier, MAU)": active * p.cognitoPlusPerMau,
    "SES (e-mail)": ((people * a.emailsPerPerson) / 1000) * p.sesPer1000,
    "CloudWatch (logs, metrics, alarms, dashboard)":
      logGb * (p.logsIngestGb + p.logsStoredGb) +
      a.customMetrics * p.metricPerMonth +
      a.alarms * p.alarmPerMonth +
      a.dashboards * p.dashboardPerMonth,
    _traffic: { views, apiRequests, active },
  };
}

/** One line per service at the alliance's size and at ten times it, in USD per month. */
export function costTable(): { lines: CostLine[]; total: { base: number; tenfold: number } } {
  const base = costsAt(1);
  const tenfold = costsAt(10);
  const lines = Object.keys(base)
    .filter((service) => !service.startsWith("_"))
    .map((service) => ({
      service,
      base: base[service as keyof typeof base] as number,
      tenfold: tenfold[service as keyof typeof tenfold] as number,
    }));
  const sum = (key: "base" | "tenfold") => lines.reduce((total, line) => total + line[key], 0);
  return { lines, total: { base: sum("base"), tenfold: sum("tenfold") } };
}

/** The traffic the assumptions give, at the alliance's size and ten times it. */
export function trafficAt(scale: number) {
  return costsAt(scale)._traffic;
}

const usd = (value: number) =>
  `$${value < 10 ? value.toFixed(2) : Math.round(value).toLocaleString("en")}`;
const count = (value: number) => Math.round(value).toLocaleString("en");

/** The markdown the doc holds between its markers. */
export function renderTable(): string {
  const { lines, total } = costTable();
  const [one, ten] = [trafficAt(1), trafficAt(10)];
  return [
    `| | ${count(BASE_SIZE.people)} people | ${count(BASE_SIZE.people * 10)} people |`,
    "| --- | ---: | ---: |",
    `| active people (month) | ${count(one.active)} | ${count(ten.active)} |`,
    `| page views (month) | ${count(one.views)} | ${count(ten.views)} |`,
    `| API requests (month) | ${count(one.apiRequests)} | ${count(ten.apiRequests)} |`,
    ...lines.map((line) => `| ${line.service} | ${usd(line.base)} | ${usd(line.tenfold)} |`),
    `| **Total per month (USD, list prices)** | **${usd(total.base)}** | **${usd(total.tenfold)}** |`,
  ].join("\n");
}

export const MARKERS = ["<!-- cost-table:start -->", "<!-- cost-table:end -->"] as const;
export const DOC = join(fileURLToPath(new URL("..", import.meta.url)), "docs", "cost-model.md");

/** The doc with its table replaced by a freshly computed one. */
export function withTable(doc: string): string {
  const [start, end] = MARKERS;
  const from = doc.indexOf(start);
  const to = doc.indexOf(end);
  if (from < 0 || to < from) throw new Error(`docs/cost-model.md lacks ${start} … ${end}`);
  return `${doc.slice(0, from + start.length)}\n${renderTable()}\n${doc.slice(to)}`;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  writeFileSync(DOC, withTable(readFileSync(DOC, "utf8")));
  process.stdout.write(`${renderTable()}\n`);
}
