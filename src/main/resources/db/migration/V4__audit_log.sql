-- The audit log (SECURITY.md D3, D4): one row per read or change of bilan content, naming people by
-- internal id only. Rows form a hash chain in the order of seq: each row's hash covers its fields and
-- the previous row's hash, so an altered, deleted or reordered row breaks the chain.
create table audit_event (
    seq           bigint       primary key,
    id            uuid         not null unique,
    kind          varchar(10)  not null check (kind in ('READ', 'CHANGE')),
    actor_id      uuid         not null,
    actor_role    varchar(40)  not null,
    bilan_id      uuid         not null,
    object_kind   varchar(100) not null,
    object_id     uuid,
    purpose       varchar(100) not null,
    occurred_at   timestamptz  not null,
    previous_hash char(64)     not null,
    hash          char(64)     not null
);
create index audit_event_bilan on audit_event (bilan_id, kind, seq desc);

-- The end of the chain. Writers lock this single row, so that concurrent writers chain one after the
-- other; it also lets the verifier notice rows deleted from the end of the chain.
create table audit_chain_head (
    singleton boolean  primary key default true check (singleton),
    last_seq  bigint   not null,
    last_hash char(64) not null
);
insert into audit_chain_head (singleton, last_seq, last_hash) values (true, 0, repeat('0', 64));

-- Append-only: rows are never updated or deleted (erasure never needs to: they hold no content).
create function audit_event_refuse_change() returns trigger language plpgsql as $$
begin
    raise exception 'audit_event is append-only (% refused)', tg_op using errcode = 'insufficient_privilege';
end;
$$;
create trigger audit_event_append_only before update or delete on audit_event
    for each row execute function audit_event_refuse_change();
create trigger audit_event_no_truncate before truncate on audit_event
    for each statement execute function audit_event_refuse_change();
