/** The register's public views: what BDAS holds about a person, as the portal and staff show it. */
export { BdasRecordView } from './views/bdas-record.tsx';
