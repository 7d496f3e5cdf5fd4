-- Free slots a counsellor publishes for the workers they accompany: a time, a duration and a modality, no
-- place (a place belongs to one bilan and is content). A worker picks one; the slot then names the bilan and
-- the session it became. Taking is a conditional update, so a slot is taken once even under concurrent clicks.
create table free_slot (
    id               uuid primary key,
    counsellor_id    uuid        not null references account (id),
    starts_at        timestamptz not null,
    duration_minutes int         not null check (duration_minutes between 15 and 480),
    modality         varchar(20) not null,
    created_at       timestamptz not null,
    bilan_id         uuid references bilan (id),
    session_id       uuid unique references bilan_session (id),
    taken_at         timestamptz
);
create index free_slot_counsellor on free_slot (counsellor_id, starts_at);
create index free_slot_bilan on free_slot (bilan_id) where bilan_id is not null;
