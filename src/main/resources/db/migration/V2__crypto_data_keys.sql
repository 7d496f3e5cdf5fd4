-- One wrapped Tink keyset per key scope (a bilan, an operator). The keyset is encrypted by the master key,
-- which never lives in the database. Backups store this table apart and keep it for a shorter time.
-- A destroyed key keeps its row as a tombstone (no keyset), so that the scope can never get a new key.
create table data_key (
    scope_kind             varchar(20) not null,
    owner_id               uuid        not null,
    wrapped_keyset         bytea,
    master_key_id          varchar(32),
    created_at             timestamptz not null,
    rotated_at             timestamptz,
    destroyed_at           timestamptz,
    reencryption_pending   boolean     not null default false,
    reencryption_retry_at  timestamptz,
    primary key (scope_kind, owner_id),
    constraint data_key_destroyed_has_no_keyset check (
        (destroyed_at is null and wrapped_keyset is not null and master_key_id is not null)
        or (destroyed_at is not null and wrapped_keyset is null and master_key_id is null))
);

create index data_key_master on data_key (master_key_id);
create index data_key_pending on data_key (reencryption_retry_at) where reencryption_pending;
