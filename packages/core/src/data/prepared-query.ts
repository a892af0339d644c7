import { GetItemCommand, type GetItemCommandInput } from "@aws-sdk/client-dynamodb";
import {
  type DynamoDBDocumentClient,
  type GetCommandInput,
  QueryCommand,
  type QueryCommandInput,
} from "@aws-sdk/lib-dynamodb";
import { marshall, unmarshall } from "@aws-sdk/util-dynamodb";

/**
 * A Query whose parameters never change (ElectroDB builds them once, with `.params()`),
 * sent straight through the document client, every page, items as DynamoDB returns them.
 * For a hot read that ElectroDB would rebuild and reformat on every call: its chain,
 * its where-clause builders, its per-item formatting and the `ElectroError` it makes
 * ahead of each `go()` cost about a third of the catalogue's CPU above the request
 * itself (decision 0102). Errors are the SDK's own, which `dataFaultToVisibleError`
 * reads as it reads ElectroDB's (whose `cause` they are). Only for key conditions that
 * select one entity's items (ElectroDB's ownership check is not repeated).
 */
export function preparedQuery(
  client: DynamoDBDocumentClient,
  params: () => Record<string, unknown>,
): () => Promise<Record<string, unknown>[]> {
  let input: QueryCommandInput | undefined;
  return async () => {
    input ??= params() as unknown as QueryCommandInput;
    const items: Record<string, unknown>[] = [];
    let start: QueryCommandInput["ExclusiveStartKey"];
    do {
      const page = await client.send(new QueryCommand({ ...input, ExclusiveStartKey: start }));
      if (page.Items) items.push(...page.Items);
      start = page.LastEvaluatedKey;
    } while (start);
    return items;
  };
}

/**
 * A GetItem whose key never changes (ElectroDB's `.params()`, built once), sent as it
 * is on every call: the item as DynamoDB returns it, or undefined. For the catalogue's
 * one item (decision 0104), on the same terms as `preparedQuery`. Its key is put in
 * DynamoDB's form once and the request sent as the low-level GetItem, through the same
 * client (its middleware, the correlation stamp's included): the document client's
 * command would build a second command and middleware stack and convert the key again
 * on every call, some 8 % of a GetItem's CPU, and the catalogue sends one per page
 * (decision 0113).
 */
export function preparedGet(
  client: DynamoDBDocumentClient,
  params: () => Record<string, unknown>,
): () => Promise<Record<string, unknown> | undefined> {
  let input: GetItemCommandInput | undefined;
  return async () => {
    if (!input) {
      const { Key, ...rest } = params() as unknown as GetCommandInput;
      input = { ...rest, Key: marshall(Key, { removeUndefinedValues: true }) };
    }
    const { Item } = await client.send(new GetItemCommand(input));
    return Item && unmarshall(Item);
  };
}
