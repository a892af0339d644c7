/** The administrators' audit log: every admin change to people, kept five years. */
export { AUDIT_EXPORT_LIMIT, type AuditEntry, auditItem, auditLogUseCases } from "./audit-log.ts";
export {
  AUDIT_RETENTION_YEARS,
  AuditRecordEntity,
  type AuditRecordItem,
} from "./audit-record.entity.ts";
export * from "./schemas.ts";
export * from "./taxonomy.ts";
