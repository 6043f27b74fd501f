-- Each verification carries the id the verification log gave it when verify acknowledged it. The log may hand an
-- entry to the database more than once (it replays its local spool after a crash or an outage); the insert skips an
-- id the table has already, so every acknowledged verification is recorded exactly once.
alter table verification add column entry_id uuid not null default gen_random_uuid();
alter table verification alter column entry_id drop default;
alter table verification add constraint verification_entry_id_unique unique (entry_id);
