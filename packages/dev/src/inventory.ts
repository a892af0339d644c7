import {
  ListGroupsCommand,
  ListUserPoolClientsCommand,
  ListUserPoolsCommand,
  ListUsersCommand,
} from "@aws-sdk/client-cognito-identity-provider";
import { ListTablesCommand } from "@aws-sdk/client-dynamodb";
import { ListBucketsCommand } from "@aws-sdk/client-s3";
import type { LocalCloudRef } from "./cognito-users.ts";
import { localCognito, localDynamoDb, localS3 } from "./local-aws.ts";

/** Names of what the emulators hold, sorted: two snapshots compare equal iff nothing was added. */
export interface Inventory {
  tables: string[];
  userPools: string[];
  userPoolClients: string[];
  groups: string[];
  users: string[];
  buckets: string[];
}

const names = (values: Array<string | undefined> | undefined) =>
  (values ?? []).filter((value): value is string => value !== undefined).sort();

/**
 * Lists the tables, user pools, the local pool's clients, groups and users, and
 * the buckets. For tests (is bootstrap idempotent?) and debugging; first pages only.
 */
export async function inventory(cloud: LocalCloudRef): Promise<Inventory> {
  const dynamodb = localDynamoDb(cloud.endpoints.dynamodb);
  const cognito = localCognito(cloud.endpoints.cognito);
  const s3 = localS3(cloud.endpoints.s3);
  const UserPoolId = cloud.ids.userPoolId;
  try {
    const [tables, pools, clients, groups, users, buckets] = await Promise.all([
      dynamodb.send(new ListTablesCommand({})),
      cognito.send(new ListUserPoolsCommand({ MaxResults: 60 })),
      cognito.send(new ListUserPoolClientsCommand({ UserPoolId, MaxResults: 60 })),
      cognito.send(new ListGroupsCommand({ UserPoolId })),
      cognito.send(new ListUsersCommand({ UserPoolId })),
      s3.send(new ListBucketsCommand({})),
    ]);
    return {
      tables: names(tables.TableNames),
      userPools: names(pools.UserPools?.map((pool) => pool.Name)),
      userPoolClients: names(clients.UserPoolClients?.map((client) => client.ClientName)),
      groups: names(groups.Groups?.map((group) => group.GroupName)),
      users: names(users.Users?.map((user) => user.Username)),
      buckets: names(buckets.Buckets?.map((bucket) => bucket.Name)),
    };
  } finally {
    dynamodb.destroy();
    cognito.destroy();
    s3.destroy();
  }
}
