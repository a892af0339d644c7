import * as z from "zod/mini";
import en from "zod/v4/locales/en.js";
import { ENV } from "../schema/env.ts";

/*
 * zod's mini build (decision 0112): the same checks and English messages as the classic
 * `z`, whose methods bring all of zod, which a cold start of the API function then loaded
 * for this schema alone. Classic zod loads with the routes that use it; it sets the same
 * locale.
 */
z.config(en());

const optionalUrl = z.optional(z.url());
const nonEmpty = () => z.string().check(z.minLength(1));

/** An http(s) address with no query or fragment; kept without a trailing slash, to append paths to. */
const siteUrl = z.pipe(
  z
    .url({ protocol: /^https?$/, error: "expected the site's http(s):// address" })
    .check(z.refine((url) => !/[?#]/.test(url), "expected an address without ? or #")),
  z.transform((url: string) => url.replace(/\/+$/, "")),
);

const configSchema = z.pipe(
  z.object({
    [ENV.stage]: z._default(nonEmpty(), "local"),
    [ENV.region]: z._default(nonEmpty(), "eu-west-1"),
    [ENV.tableName]: nonEmpty(),
    [ENV.dynamoEndpoint]: optionalUrl,
    [ENV.userPoolId]: z.string().check(z.regex(/^[\w-]+_[0-9a-zA-Z]+$/, "expected <region>_<id>")),
    [ENV.userPoolClientId]: nonEmpty(),
    [ENV.cognitoEndpoint]: optionalUrl,
    [ENV.tokenIssuer]: optionalUrl,
    [ENV.attachmentsBucket]: z.string().check(z.minLength(3)),
    [ENV.s3Endpoint]: optionalUrl,
    [ENV.corsOrigins]: z._default(z.string(), ""),
    [ENV.publicSiteUrl]: siteUrl,
    [ENV.logLevel]: z._default(z.enum(["DEBUG", "INFO", "WARN", "ERROR", "SILENT"]), "INFO"),
  }),
  z.transform((env) => {
    const userPoolId = env[ENV.userPoolId];
    const region = env[ENV.region];
    const tokenIssuer =
      env[ENV.tokenIssuer] ?? `https://cognito-idp.${region}.amazonaws.com/${userPoolId}`;
    return {
      stage: env[ENV.stage],
      region,
      tableName: env[ENV.tableName],
      dynamoEndpoint: env[ENV.dynamoEndpoint],
      userPoolId,
      userPoolClientId: env[ENV.userPoolClientId],
      cognitoEndpoint: env[ENV.cognitoEndpoint],
      tokenIssuer,
      jwksUri: `${tokenIssuer}/.well-known/jwks.json`,
      attachmentsBucket: env[ENV.attachmentsBucket],
      s3Endpoint: env[ENV.s3Endpoint],
      corsOrigins: env[ENV.corsOrigins]
        .split(",")
        .map((origin) => origin.trim())
        .filter(Boolean),
      publicSiteUrl: env[ENV.publicSiteUrl],
      logLevel: env[ENV.logLevel],
    };
  }),
);

export type Config = z.output<typeof configSchema>;

export class ConfigError extends Error {
  override name = "ConfigError";
}

/**
 * Reads and validates the configuration from environment variables. Throws a
 * ConfigError whose one-line message names every missing or invalid variable.
 */
export function loadConfig(env: Record<string, string | undefined> = process.env): Config {
  const result = configSchema.safeParse(env);
  if (result.success) return result.data;
  const problems = result.error.issues.map((issue) => {
    const name = String(issue.path[0] ?? "environment");
    return issue.code === "invalid_type" && env[name] === undefined
      ? `${name} is required`
      : `${name}: ${issue.message}`;
  });
  throw new ConfigError(`Invalid configuration: ${problems.join("; ")}`);
}
