export { AuditLogPage } from './AuditLogPage';
export { AuditLogSection } from './AuditLogSection';
