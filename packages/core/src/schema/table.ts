/**
 * The single table's key schema and indexes: the one place they are defined.
 * infra/, stacks/, packages/dev and the data layer all read this object.
 * Pure data: safe to import from infrastructure code and the browser.
 */
export const tableSchema = {
  partitionKey: "pk",
  sortKey: "sk",
  /** Attribute holding an epoch-seconds expiry; DynamoDB TTL deletes the item after it. */
  ttlAttribute: "expiresAt",
  /**
   * The table's change stream, the platform's event backbone (decision 0024): each
   * record carries the item before and after the change, so a consumer sees what
   * changed without reading the table again.
   */
  stream: { viewType: "NEW_AND_OLD_IMAGES" },
  globalIndexes: [
    { name: "gsi1", partitionKey: "gsi1pk", sortKey: "gsi1sk" },
    { name: "gsi2", partitionKey: "gsi2pk", sortKey: "gsi2sk" },
  ],
} as const;

export type GlobalIndexName = (typeof tableSchema.globalIndexes)[number]["name"];

/**
 * The exchange catalogue's index (every item by `changedAt`): what search's catalogue
 * and the search-snapshot consumer query, and so what the stream function may query.
 */
export const CATALOG_INDEX = "gsi2" satisfies GlobalIndexName;

/** Every key attribute is a string: ElectroDB builds them as opaque strings. */
export function keyAttributeNames(): string[] {
  return [
    tableSchema.partitionKey,
    tableSchema.sortKey,
    ...tableSchema.globalIndexes.flatMap((index) => [index.partitionKey, index.sortKey]),
  ];
}
