-- A channel is named one way everywhere, as codes are (the slug domain of V1): the pattern of Codes.CHANNEL_PATTERN,
-- which the API validates with and names in its contract. Every channel written so far came through that check.
create domain channel_name as text check (value ~ '^[A-Z][A-Z0-9_]{0,39}$');

alter table quote alter column channel type channel_name;
alter table verification alter column channel type channel_name;
-- JDBC reads an array of a domain back as Object[], not String[]: a promotion's channels stay text[], each of them
-- checked as a channel name.
alter table promotion add constraint promotion_channels_named check (channels::channel_name[] is not null);
