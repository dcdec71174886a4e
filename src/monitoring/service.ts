/**
 * Monitoring's public face: the rules the layers above (residents, backoffice, the app) may call.
 * Rules only: no routes, no views.
 */

// Who is monitored: the list of monitored persons, its limits and its daily count.
export {
  addEntries,
  addEntry,
  endEntry,
  MAX_ITEMS,
  type AddCounts,
  type AddItem,
  type EntryActor,
  type ItemProblem,
} from './entries.ts';
export {
  endListsWithoutMonitoring,
  MONITORING_DAY_JOB,
  monitoringEntryJobs,
  runMonitoringDay,
  scheduleMonitoringDay,
} from './entry-ending.ts';
export { entryErrors } from './entry-errors.ts';
export {
  listEntries,
  monitoringOfPerson,
  type EntryList,
  type PersonMonitoring,
} from './entry-list.ts';
