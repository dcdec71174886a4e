/** Monitoring's views that the staff's and residents' pages show. */
export { StaffEntriesPage } from './views/staff-entries-page.tsx';
export { PersonMonitoringSection } from './views/person-monitoring-section.tsx';
