-- The counsellor's caseload, a read model (ARCHITECTURE.md): one row per bilan that has a counsellor, written by
-- listeners of the modules' events (state, counsellor, sessions) and rebuilt on demand from their public APIs.
-- Administration only: ids, states, dates and minutes, never content. Alerts that depend on time are computed
-- when the page is read; the alerts of other modules (convention unsigned, follow-up due) are raised as flags.
create table caseload_entry (
    bilan_id         uuid primary key,
    counsellor_id    uuid        not null,
    worker_id        uuid        not null,
    scheme_id        uuid        not null,
    state            varchar(30) not null,
    ended            boolean     not null,
    changed_at       timestamptz not null,
    next_session_at  timestamptz,
    last_held_at     timestamptz,
    held_minutes     int         not null default 0,
    planned_minutes  int         not null default 0,
    max_minutes      int,
    flags            varchar(40)[] not null default '{}'
);
create index caseload_entry_changed on caseload_entry (counsellor_id, ended, changed_at desc, bilan_id);
create index caseload_entry_next on caseload_entry (counsellor_id, ended, next_session_at, bilan_id);
create index caseload_entry_state on caseload_entry (counsellor_id, ended, state);
