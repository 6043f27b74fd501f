-- Quotes are evidence: what was quoted, when, by whom, for which branch and moment. Immutable but for their status.
create table quote (
    id              bigint generated always as identity primary key,
    code            text          not null,
    issued_at       timestamptz   not null,
    issued_by       text          not null,
    channel         text          not null,
    branch_id       bigint        not null references branch (id),
    priced_at       timestamptz   not null,
    items           jsonb         not null,
    lines           jsonb         not null,
    total           money_amount  not null,
    currency        currency_code not null,
    catalog_version bigint        not null,
    expires_at      timestamptz   not null,
    customer_ref    text check (length(customer_ref) <= 200),
    status          text          not null default 'ISSUED' check (status in ('ISSUED', 'VOIDED', 'REDEEMED')),
    status_at       timestamptz,
    status_by       text,
    check (expires_at > issued_at),
    constraint quote_code_unique unique (code)
);
create index quote_issued on quote (issued_at);
create index quote_branch on quote (branch_id, issued_at);

create function refuse_quote_rewrite() returns trigger language plpgsql as $$
begin
    if tg_op = 'DELETE' then
        raise exception 'quotes are evidence and cannot be deleted' using errcode = 'P0001';
    end if;
    if (to_jsonb(new) - 'status' - 'status_at' - 'status_by') <> (to_jsonb(old) - 'status' - 'status_at' - 'status_by') then
        raise exception 'a quote''s priced fields cannot change' using errcode = 'P0001';
    end if;
    if new.status <> old.status and old.status <> 'ISSUED' then
        raise exception 'a % quote cannot become %', old.status, new.status using errcode = 'P0001';
    end if;
    return new;
end $$;
create trigger quote_immutable before update or delete on quote
    for each row execute function refuse_quote_rewrite();

-- Idempotency-Key (Stripe's semantics), scoped per caller: the same key and body replays the original quote.
create table idempotency_key (
    caller       text        not null,
    key          text        not null check (length(key) between 1 and 255),
    request_hash text        not null,
    quote_id     bigint references quote (id),
    created_at   timestamptz not null default now(),
    primary key (caller, key)
);
create index idempotency_key_age on idempotency_key (created_at);

-- Every verification of a quoted amount or a quote: the raw material of the discrepancy reports.
create table verification (
    id              bigint generated always as identity primary key,
    occurred_at     timestamptz   not null,
    branch          text          not null,
    channel         text,
    caller          text          not null,
    quote_code      text,
    services        text[]        not null,
    quoted          numeric(19, 4) not null,
    authoritative   numeric(19, 4) not null,
    currency        currency_code not null,
    verdict         text          not null check (verdict in ('MATCH', 'MISMATCH')),
    reasons         text[]        not null,
    payable         numeric(19, 4) not null,
    honour_cost     numeric(19, 4) not null check (honour_cost >= 0),
    catalog_version bigint        not null,
    request_id      text
);
create index verification_time on verification (occurred_at);
