import { z } from "zod";
import { ENV } from "../schema/env.ts";

const optionalUrl = z.url().optional();

/** An http(s) address with no query or fragment; kept without a trailing slash, to append paths to. */
const siteUrl = z
  .url({ protocol: /^https?$/, error: "expected the site's http(s):// address" })
  .refine((url) => !/[?#]/.test(url), "expected an address without ? or #")
  .transform((url) => url.replace(/\/+$/, ""));

const configSchema = z
  .object({
    [ENV.stage]: z.string().min(1).default("local"),
    [ENV.region]: z.string().min(1).default("eu-west-1"),
    [ENV.tableName]: z.string().min(1),
    [ENV.dynamoEndpoint]: optionalUrl,
    [ENV.userPoolId]: z.string().regex(/^[\w-]+_[0-9a-zA-Z]+$/, "expected <region>_<id>"),
    [ENV.userPoolClientId]: z.string().min(1),
    [ENV.cognitoEndpoint]: optionalUrl,
    [ENV.tokenIssuer]: optionalUrl,
    [ENV.attachmentsBucket]: z.string().min(3),
    [ENV.s3Endpoint]: optionalUrl,
    [ENV.corsOrigins]: z.string().default(""),
    [ENV.publicSiteUrl]: siteUrl,
    [ENV.logLevel]: z.enum(["DEBUG", "INFO", "WARN", "ERROR", "SILENT"]).default("INFO"),
  })
  .transform((env) => {
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
  });

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
