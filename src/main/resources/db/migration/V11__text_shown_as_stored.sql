-- Names, categories and a quote's customer reference are shown to operators, written to logs and exported to
-- spreadsheets: none may hold a character that is not shown as itself (com.oneprice.platform.StorableText, which
-- refuses a superset of these first and names the field): C0 controls, DEL and C1 (NEL), the soft hyphen, the
-- Arabic letter mark, zero-width spaces, joiners and direction marks, the line and paragraph separators, bidi
-- embeddings, overrides and isolates, the word joiner and invisible operators, the byte order mark, interlinear
-- annotation characters and tag characters. A NUL cannot be stored in text at all.
create function visible_text(t text) returns boolean language sql immutable as $$
    select t !~ '[\x01-\x1f\x7f-\x9f\u00ad\u061c\u180e\u200b-\u200f\u2028-\u202e\u2060-\u2064\u2066-\u206f\ufeff\ufff9-\ufffb\U000e0001\U000e0020-\U000e007f]'
$$;

-- NOT VALID: a row written before this version is left as it was (history is not rewritten here), and is held to
-- the rule when it next changes: a PUT that replaces its name fixes it.
alter table branch
    add constraint branch_name_visible check (visible_text(name)) not valid;
alter table service
    add constraint service_name_visible check (visible_text(name)) not valid,
    add constraint service_category_visible check (visible_text(category)) not valid;
alter table promotion
    add constraint promotion_name_visible check (visible_text(name)) not valid,
    add constraint promotion_categories_visible check (visible_text(array_to_string(categories, ' '))) not valid;

-- A quote is evidence and never rewritten, but its status changes: a check constraint would refuse to void or
-- redeem a quote taken before this version. So the rule holds when a quote is issued.
create function refuse_invisible_customer_ref() returns trigger language plpgsql as $$
begin
    if not visible_text(new.customer_ref) then
        raise exception 'a quote''s customer reference must not hold control or invisible characters'
            using errcode = '23514';
    end if;
    return new;
end $$;
create trigger quote_customer_ref_visible before insert on quote
    for each row execute function refuse_invisible_customer_ref();
