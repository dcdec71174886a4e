-- Attachments of the mails the development mailbox keeps (an invoice's PDF, say), so that
-- /dev/mail lists them and offers them to download as a real mail client would. Production
-- never writes it: there the attachment travels from the job's payload straight to the relay.
create table dev_mail_attachments (
  mail_id uuid not null references dev_mailbox (id) on delete cascade,
  -- The attachment's place in the message, from 1.
  position integer not null check (position > 0),
  filename text not null check (length(btrim(filename)) > 0),
  content_type text not null,
  content bytea not null,
  primary key (mail_id, position)
);
