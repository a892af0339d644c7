import { WEB_ENV } from "@alliance/core/web";
import { type Env, text } from "./web-config.ts";

/**
 * Who runs this deployment, as the privacy notice, the accessibility statement and the
 * terms name them (GDPR art. 13(1)(a)): set per deployment at build time (WEB_ENV in
 * core), never written into a page. A deployment that leaves one out shows the default
 * name and no address; README ("Deploying") says to set all three.
 */
export interface LegalSettings {
  controllerName: string;
  controllerAddress: string | undefined;
  contactEmail: string | undefined;
}

export const DEFAULT_CONTROLLER_NAME =
  "the secretariat of the Alliance of European Cities against Violent Extremism";

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/** Reads the settings; an e-mail address that is not one is left out rather than linked. */
export function readLegalSettings(env: Env): LegalSettings {
  const email = text(env, WEB_ENV.contactEmail);
  return {
    controllerName: text(env, WEB_ENV.controllerName) ?? DEFAULT_CONTROLLER_NAME,
    controllerAddress: text(env, WEB_ENV.controllerAddress),
    contactEmail: email && EMAIL.test(email) ? email : undefined,
  };
}

/** This build's settings. */
export const legalSettings: LegalSettings = readLegalSettings(import.meta.env);
