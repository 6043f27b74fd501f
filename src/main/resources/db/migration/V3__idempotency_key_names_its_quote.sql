-- A key is stored in the same statement as the quote it made (QuoteBook.issue), so every key names its quote.
-- Rows without one could only come from the earlier two-step issue and answer nothing on a retry: drop them.
delete from idempotency_key where quote_id is null;
alter table idempotency_key alter column quote_id set not null;
