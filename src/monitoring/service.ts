/** Monitoring's public face: the rules other capabilities and the process entry may call. */

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
