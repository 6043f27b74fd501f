-- The catalog. PostgreSQL, not Java, is what makes the important rules impossible to break:
-- overlapping price windows, duplicate codes, dangling references, negative amounts, bad currencies.
create extension if not exists btree_gist;

create domain slug as text check (value ~ '^[A-Za-z0-9][A-Za-z0-9_-]{0,63}$');
create domain currency_code as char(3) check (value ~ '^[A-Z]{3}$');
create domain money_amount as numeric(19, 4) check (value >= 0);

-- One row; every catalog write increments it in its own transaction and notifies "catalog_changed",
-- so every instance knows when its pricing snapshot is stale.
create table catalog_version (
    id      smallint primary key check (id = 1),
    version bigint   not null
);
insert into catalog_version values (1, 0);

create table branch (
    id          bigint generated always as identity primary key,
    code        slug          not null unique,
    name        text          not null check (length(name) between 1 and 200),
    timezone    text          not null,
    currency    currency_code not null,
    active      boolean       not null default true,
    archived_at timestamptz,
    version     integer       not null default 0,
    created_at  timestamptz   not null default now(),
    updated_at  timestamptz   not null default now()
);

create table service (
    id          bigint generated always as identity primary key,
    code        slug        not null unique,
    name        text        not null check (length(name) between 1 and 200),
    category    text        not null check (length(category) between 1 and 100),
    kind        text        not null check (kind in ('SIMPLE', 'BUNDLE')),
    archived_at timestamptz,
    version     integer     not null default 0,
    created_at  timestamptz not null default now(),
    updated_at  timestamptz not null default now()
);

-- A bundle's composition is effective-dated like a price: a change closes the open composition.
create table bundle_composition (
    id        bigint generated always as identity primary key,
    bundle_id bigint      not null references service (id),
    valid_from timestamptz not null,
    valid_to   timestamptz,
    mode      text        not null check (mode in ('SUM', 'SUM_MINUS_PERCENT', 'FIXED')),
    percent   numeric(7, 4) check (percent > 0 and percent < 100),
    check ((mode = 'SUM_MINUS_PERCENT') = (percent is not null)),
    check (valid_to is null or valid_to > valid_from),
    constraint bundle_composition_no_overlap
        exclude using gist (bundle_id with =, tstzrange(valid_from, valid_to) with &&)
);

create table bundle_component (
    composition_id bigint  not null references bundle_composition (id),
    service_id     bigint  not null references service (id),
    quantity       integer not null check (quantity > 0),
    primary key (composition_id, service_id)
);

create table price_entry (
    id         bigint generated always as identity primary key,
    service_id bigint        not null references service (id),
    branch_id  bigint references branch (id),
    amount     money_amount  not null,
    currency   currency_code not null,
    valid_from timestamptz   not null,
    valid_to   timestamptz,
    created_at timestamptz   not null default now(),
    created_by text          not null,
    check (valid_to is null or valid_to > valid_from),
    -- a network-wide entry (no branch) and a branch entry may overlap: the branch one overrides it
    constraint price_entry_no_overlap
        exclude using gist (service_id with =, (coalesce(branch_id, 0)) with =, tstzrange(valid_from, valid_to) with &&)
);
create index price_entry_branch on price_entry (branch_id);

-- History is append-only: the only change allowed is closing an open-ended entry or composition.
create function refuse_history_rewrite() returns trigger language plpgsql as $$
begin
    if tg_op = 'DELETE' then
        raise exception '% rows are history and cannot be deleted', tg_table_name using errcode = 'P0001';
    end if;
    if old.valid_to is not null or new.valid_to is null
       or (to_jsonb(new) - 'valid_to') <> (to_jsonb(old) - 'valid_to') then
        raise exception '% rows are history: only an open-ended row may be closed', tg_table_name using errcode = 'P0001';
    end if;
    return new;
end $$;
create trigger price_entry_append_only before update or delete on price_entry
    for each row execute function refuse_history_rewrite();
create trigger bundle_composition_append_only before update or delete on bundle_composition
    for each row execute function refuse_history_rewrite();

create table promotion (
    id                bigint generated always as identity primary key,
    code              slug         not null unique,
    name              text         not null check (length(name) between 1 and 200),
    discount_type     text         not null check (discount_type in ('PERCENT', 'AMOUNT_OFF', 'FIXED_PRICE')),
    discount_value    money_amount not null,
    discount_currency currency_code,
    check (case when discount_type = 'PERCENT' then discount_value > 0 and discount_value <= 100 and discount_currency is null
                else discount_currency is not null end),
    -- either an absolute window or a local one, resolved in each branch's own timezone
    starts_at         timestamptz,
    ends_at           timestamptz,
    local_from        timestamp,
    local_to          timestamp,
    check ((starts_at is not null and local_from is null and local_to is null)
        or (starts_at is null and ends_at is null and local_from is not null)),
    check (ends_at is null or ends_at > starts_at),
    check (local_to is null or local_to > local_from),
    priority          integer      not null default 0,
    stackable         boolean      not null default false,
    channels          text[]       not null default '{}',
    categories        text[]       not null default '{}',
    archived_at       timestamptz,
    version           integer      not null default 0,
    created_at        timestamptz  not null default now(),
    updated_at        timestamptz  not null default now()
);

create table promotion_branch (
    promotion_id bigint not null references promotion (id) on delete cascade,
    branch_id    bigint not null references branch (id),
    primary key (promotion_id, branch_id)
);

create table promotion_service (
    promotion_id bigint not null references promotion (id) on delete cascade,
    service_id   bigint not null references service (id),
    primary key (promotion_id, service_id)
);

-- Who changed what in the catalog, before and after (API representations).
create table audit_entry (
    id          bigint generated always as identity primary key,
    occurred_at timestamptz not null default now(),
    actor       text        not null,
    entity      text        not null,
    entity_key  text        not null,
    action      text        not null check (action in ('CREATE', 'UPDATE', 'ARCHIVE', 'DELETE', 'CLOSE')),
    before      jsonb,
    after       jsonb,
    request_id  text
);
create index audit_entry_entity on audit_entry (entity, occurred_at);
create index audit_entry_time on audit_entry (occurred_at);
