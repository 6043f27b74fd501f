-- Quotes and verifications are evidence, kept in records of their own (com.oneprice.quotes.StoredQuote, the columns of
-- com.oneprice.verification.VerificationLog), not in the API's JSON shapes: renaming a field of the API must never
-- change what was recorded. Each row names the version of its record. Every row written until now holds version 1:
-- a quote's items and lines in the shape the API had then, which StoredQuote spells out and keeps.
alter table quote add column record_version smallint not null default 1 check (record_version in (1));
alter table verification add column record_version smallint not null default 1 check (record_version in (1));
