/**
 * Monitoring's rules, for the layers above (residents, backoffice) and the top of src/. Rules
 * only: no routes, no views.
 */

// The events: made from the change log in commit order, read by the pull feed.
export {
  produceEvents,
  produceUntilCaughtUp,
  startEventProducer,
  REGISTER_CHANGED_CHANNEL,
  type ProducedBatch,
} from './producer.ts';
export { EVENT_KIND_OF_CHANGE, isCorrectionProcess } from './event-kinds.ts';
export {
  ATTEMPT_RETENTION_DAYS,
  EVENT_RETENTION_DAYS,
  MONITORING_RETENTION_JOB,
  deleteExpiredAttempts,
  deleteExpiredEvents,
  eventRetentionJob,
  scheduleEventRetention,
} from './retention.ts';

// Webhook delivery of monitoring events (docs/decisions/0014).
export {
  createDeliverer,
  RETRY_DELAYS_SECONDS,
  DISABLE_AFTER_MS,
  type Deliverer,
  type DelivererOptions,
} from './webhook-delivery.ts';
export { SEND_LIMITS, type SendLimits } from './webhook-sender.ts';
export { WEBHOOK_WAKE_CHANNELS } from './webhook-wake.ts';
export {
  classifyAddress,
  systemLookup,
  type AddressClass,
  type HostLookup,
} from './webhook-address.ts';

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
