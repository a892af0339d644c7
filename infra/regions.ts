/**
 * Where the platform may run: AWS regions inside the European Union, so that personal
 * data (the table, the buckets, the user pool, logs and backups) stays under EU law
 * (issue 16). Every region the configuration names goes through `euRegion`, so a
 * region outside the list fails `cdk synth` and the SST app before anything is created.
 * Pure data, like platform-settings.ts.
 */

/**
 * AWS's commercial regions located in EU member states. Not Zurich (eu-central-2) or
 * London (eu-west-2): an adequacy decision is not membership, and the member cities'
 * data-protection officers asked for the EU.
 */
export const EU_REGIONS = [
  "eu-west-1", // Ireland
  "eu-west-3", // Paris
  "eu-central-1", // Frankfurt
  "eu-north-1", // Stockholm
  "eu-south-1", // Milan
  "eu-south-2", // Spain
] as const;

export type EuRegion = (typeof EU_REGIONS)[number];

/** `region` when it is one of EU_REGIONS; otherwise an error that names the allowed ones. */
export function euRegion(region: string): EuRegion {
  const found = EU_REGIONS.find((allowed) => allowed === region);
  if (!found) {
    throw new Error(
      `Region ${JSON.stringify(region)} is outside the EU; the platform runs in ${EU_REGIONS.join(", ")}`,
    );
  }
  return found;
}
