-- The first meeting completes the frame of the convention: the tools presented, the planned hours, the intended
-- rhythm (one session every n weeks), the modality and the decision to continue. None of this is content.
alter table first_meeting add column presented_tools boolean not null default false;
alter table first_meeting add column planned_hours numeric(5, 1) check (planned_hours > 0);
alter table first_meeting add column rhythm_weeks int check (rhythm_weeks between 1 and 8);
alter table first_meeting add column modality varchar(20);
alter table first_meeting add column decision varchar(20);
alter table first_meeting add column decided_at timestamptz;

-- The convention of a bilan, generated once from the scheme's template in the worker's language. The document
-- itself is a stored file (encrypted under the bilan's key); its SHA-256 is what each party signs.
create table convention (
    bilan_id      uuid primary key references bilan (id),
    file_id       uuid         not null,
    sha256        varchar(64)  not null,
    language      varchar(5)   not null,
    template      varchar(40)  not null,
    parties       varchar(100) not null,
    generated_at  timestamptz  not null,
    deadline_at   timestamptz,
    settled_at    timestamptz,
    settled_as    varchar(20)
);
create index convention_open on convention (deadline_at) where settled_at is null;

-- One signature per party. Parties with an account sign online (signer_id); a party without one signs on paper,
-- and the operator admin who recorded it is kept with the scan of the signed copy.
create table convention_signature (
    bilan_id      uuid         not null references convention (bilan_id),
    party         varchar(20)  not null,
    signer_id     uuid,
    signer_name   varchar(200) not null,
    signer_role   varchar(30)  not null,
    sha256        varchar(64)  not null,
    signed_at     timestamptz  not null,
    signed_on     date,
    recorded_by   uuid,
    scan_file_id  uuid,
    primary key (bilan_id, party)
);

-- Counsellors an operator admin allowed to sign conventions in the operator's name.
create table convention_delegate (
    operator_id   uuid        not null references operator (id),
    counsellor_id uuid        not null references account (id),
    granted_by    uuid        not null,
    granted_at    timestamptz not null,
    primary key (operator_id, counsellor_id)
);

-- The worker's acknowledgement of the charter and explicit consent (GDPR art. 9), and its withdrawal.
create table bilan_consent (
    bilan_id        uuid primary key references bilan (id),
    charter_version varchar(20) not null,
    notice_version  int         not null,
    given_at        timestamptz not null,
    withdrawn_at    timestamptz
);
