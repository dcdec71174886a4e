-- Monitoring events are derived rows: the producer's one statement makes each of them from the
-- change, the person and the entry or audit row it has just read in the same snapshot, and
-- persons, register changes and organisations are never deleted. Checking the three references
-- again, row by row in triggers, was 40 % of that statement's time (docs/decisions/0023).
alter table monitoring_events drop constraint if exists monitoring_events_organisation_id_fkey;
alter table monitoring_events drop constraint if exists monitoring_events_person_id_fkey;
alter table monitoring_events drop constraint if exists monitoring_events_change_seq_fkey;
