import type { App, Environment } from "aws-cdk-lib";
import { APP_NAME } from "../infra/platform-settings.ts";
import { ApiStack } from "./api-stack.ts";
import { AuthStack } from "./auth-stack.ts";
import { DataStack } from "./data-stack.ts";
import { EventsStack } from "./events-stack.ts";
import { WebStack } from "./web-stack.ts";

export interface AllianceProps {
  readonly stage: string;
  readonly env: Environment;
  /** Repository root: esbuild's project root, where pnpm-lock.yaml lives. */
  readonly repoRoot: string;
  /**
   * The web app's public address (`-c siteUrl=https://…`), for links the API hands out.
   * Configured, not taken from the Web stack's distribution: the Web stack already
   * depends on the Api stack (its `/api/*` origin), so the reverse would be a cycle.
   */
  readonly publicSiteUrl: string;
  /** The built web app to upload; omit to deploy infrastructure only. */
  readonly webAssetsDir?: string;
  /** The built render function (web/dist-server); omit to serve the single-page app only. */
  readonly webRenderDir?: string;
}

/** The whole system as five stacks, named `<App>-<stage>-<Concern>`. */
export function createAlliance(app: App, props: AllianceProps) {
  const prefix = `${APP_NAME[0]?.toUpperCase()}${APP_NAME.slice(1)}-${props.stage}`;
  const common = { env: props.env, stage: props.stage };

  const data = new DataStack(app, `${prefix}-Data`, common);
  const auth = new AuthStack(app, `${prefix}-Auth`, common);
  const platform = {
    ...common,
    repoRoot: props.repoRoot,
    table: data.table,
    attachments: data.attachments,
    userPool: auth.userPool,
    userPoolClient: auth.userPoolClient,
    publicSiteUrl: props.publicSiteUrl,
  };
  const api = new ApiStack(app, `${prefix}-Api`, platform);
  const events = new EventsStack(app, `${prefix}-Events`, platform);
  const web = new WebStack(app, `${prefix}-Web`, {
    ...common,
    api: api.api,
    publicSiteUrl: props.publicSiteUrl,
    ...(props.webAssetsDir ? { webAssetsDir: props.webAssetsDir } : {}),
    ...(props.webRenderDir ? { webRenderDir: props.webRenderDir } : {}),
  });
  return { data, auth, api, events, web };
}
