/**
 * Identity's public views: the parts of its pages that the staff pages show too (a connection's
 * state and keys, an organisation's users), and the staff's home page. Only the consumer layers (residents, backoffice)
 * import this file; the rules are in service.ts.
 */
export {
  CONNECTION_STATUS_LABELS,
  ConnectionKeysTable,
  ConnectionStateCells,
  KeyExpiresSoonNote,
  KeyExpiryWarning,
} from './views/connection-parts.tsx';
export { ConnectionSummary } from './views/connection-summary.tsx';
export { OrgUsersTable } from './views/org-users-table.tsx';
export { StaffHomePage } from './views/staff-home-page.tsx';
