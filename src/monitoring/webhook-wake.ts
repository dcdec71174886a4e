/**
 * The channel the database notifies on when events are inserted (migration 0026): the
 * delivering workers listen and start at once instead of at their next poll.
 */
export const WEBHOOK_WAKE_CHANNELS = ['rg_monitoring_events'] as const;
