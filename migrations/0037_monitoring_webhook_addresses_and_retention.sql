-- A delivery refused because the receiver's host resolved to an address that is not public
-- (private, loopback, link-local, multicast or reserved; docs/decisions/0022) is an attempt of
-- its own kind, so the organisation sees why on its page.
alter table monitoring_webhook_attempts drop constraint monitoring_webhook_attempts_error_kind_check;
alter table monitoring_webhook_attempts add constraint monitoring_webhook_attempts_error_kind_check
  check (error_kind in ('timeout', 'connection', 'reset', 'redirect', 'http_status', 'abandoned',
    'address_refused'));

-- The daily retention job deletes attempts by age across every endpoint.
create index monitoring_webhook_attempts_started on monitoring_webhook_attempts (started_at);
