/** The administrators' audit log: changes to people and membership and moderation decisions, kept five years. */
export {
  AUDIT_EXPORT_LIMIT,
  type AuditEntry,
  auditItem,
  auditLogUseCases,
  decisionAudit,
} from "./audit-log.ts";
export {
  AUDIT_RETENTION_YEARS,
  AuditRecordEntity,
  type AuditRecordItem,
} from "./audit-record.entity.ts";
export * from "./schemas.ts";
export * from "./taxonomy.ts";
