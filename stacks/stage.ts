import { RemovalPolicy } from "aws-cdk-lib";
import { isProduction } from "../infra/platform-settings.ts";

/** What every stack needs to know about the stage it is deployed as. */
export interface StageProps {
  /** Deployment stage, e.g. "dev" or "production" (`cdk … -c stage=<name>`). */
  readonly stage: string;
}

/**
 * Production data outlives `cdk destroy` (as SST's `removal: retain`); other stages
 * clean up after themselves.
 */
export function removalPolicyFor(stage: string): RemovalPolicy {
  return isProduction(stage) ? RemovalPolicy.RETAIN : RemovalPolicy.DESTROY;
}
