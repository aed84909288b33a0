-- Whether the server mails the events as they come (a process with SMTP started last) or runs
-- without email (a process without SMTP started last). A server that starts with email after
-- running without it starts at the newest event, so that the history written meanwhile is not
-- mailed at once. A database that has mails in its outbox was mailing already.
ALTER TABLE email_cursor ADD COLUMN mailing boolean NOT NULL DEFAULT false;
UPDATE email_cursor SET mailing = EXISTS (SELECT 1 FROM email_outbox);
