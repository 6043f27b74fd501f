-- Every moment a caller gives lies in the years 1900 to 9999 (com.oneprice.platform.Moments). Further out the pricing
-- engine's epoch microseconds overflow, and one such row made every catalog snapshot, and so every start, fail.
create function supported_moment(t timestamptz) returns boolean language sql immutable as $$
    select t >= timestamptz '1900-01-01 00:00:00+00' and t < timestamptz '10000-01-01 00:00:00+00'
$$;
-- A local date-time is held to the same calendar years, whatever zone it is later resolved in.
create function supported_moment(t timestamp) returns boolean language sql immutable as $$
    select t >= timestamp '1900-01-01 00:00:00' and t < timestamp '10000-01-01 00:00:00'
$$;

alter table price_entry
    add constraint price_entry_valid_from_supported check (supported_moment(valid_from)),
    add constraint price_entry_valid_to_supported check (supported_moment(valid_to));
alter table bundle_composition
    add constraint bundle_composition_valid_from_supported check (supported_moment(valid_from)),
    add constraint bundle_composition_valid_to_supported check (supported_moment(valid_to));
alter table promotion
    add constraint promotion_starts_at_supported check (supported_moment(starts_at)),
    add constraint promotion_ends_at_supported check (supported_moment(ends_at)),
    add constraint promotion_local_from_supported check (supported_moment(local_from)),
    add constraint promotion_local_to_supported check (supported_moment(local_to));
alter table quote
    add constraint quote_priced_at_supported check (supported_moment(priced_at));
