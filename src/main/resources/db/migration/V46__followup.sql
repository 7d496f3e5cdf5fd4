-- Appraisal (module followup). The scored answers are kept apart from the worker: no bilan, no worker, no time
-- finer than the quarter; only de-identified facts (scheme, operator, counsellor, period, bands of hours and
-- duration). They are aggregated per closed quarter over at least five bilans.
create table appraisal_answer (
    id            uuid primary key,
    questionnaire varchar(60) not null,
    scheme_id     uuid        not null references scheme (id),
    operator_id   uuid        not null,
    counsellor_id uuid        not null,
    period        varchar(7)  not null,
    hours_band    varchar(10) not null,
    duration_band varchar(10) not null
);
create index appraisal_answer_counsellor on appraisal_answer (counsellor_id, period);
create index appraisal_answer_operator on appraisal_answer (operator_id, period);
create index appraisal_answer_scheme on appraisal_answer (scheme_id, period);

create table appraisal_score (
    answer_id uuid        not null references appraisal_answer (id),
    item      varchar(40) not null,
    score     smallint    not null check (score between 1 and 5),
    primary key (answer_id, item)
);

-- That a bilan's appraisal was given (once), and nothing else: no time, no link to the answer.
create table appraisal_given (
    bilan_id uuid primary key references bilan (id)
);

-- The worker's free comment: content of the bilan (encrypted under its key, destroyed with it). It carries the
-- de-identified facts too, so that comments are read in batches of at least five, never beside the scores.
create table appraisal_comment (
    bilan_id      uuid primary key references bilan (id),
    scheme_id     uuid       not null,
    operator_id   uuid       not null,
    counsellor_id uuid       not null,
    period        varchar(7) not null,
    ciphertext    bytea      not null
);
create index appraisal_comment_counsellor on appraisal_comment (counsellor_id, period);
create index appraisal_comment_operator on appraisal_comment (operator_id, period);

-- Follow-up interviews: the date is administration; what they are about is content (tables below).
create table follow_up_interview (
    id         uuid primary key,
    bilan_id   uuid        not null references bilan (id),
    number     smallint    not null check (number between 1 and 2),
    planned_at timestamptz not null,
    agreed_at  timestamptz,
    held_at    timestamptz,
    created_at timestamptz not null,
    unique (bilan_id, number)
);
create index follow_up_interview_due on follow_up_interview (planned_at) where held_at is null;

-- The key moment of the worker's change (a line) and the counsellor's record of the interview: content.
create table follow_up_text (
    interview_id uuid        not null references follow_up_interview (id),
    bilan_id     uuid        not null references bilan (id),
    kind         varchar(20) not null,
    ciphertext   bytea       not null,
    updated_at   timestamptz not null,
    primary key (interview_id, kind)
);
create index follow_up_text_bilan on follow_up_text (bilan_id);

-- The worker's self-assessment before or during an interview: content, each answer encrypted.
create table follow_up_self_assessment (
    interview_id uuid primary key references follow_up_interview (id),
    bilan_id     uuid        not null references bilan (id),
    progress     bytea       not null,
    learnt       bytea       not null,
    obstacles    bytea       not null,
    needs        bytea       not null,
    updated_at   timestamptz not null
);
create index follow_up_self_assessment_bilan on follow_up_self_assessment (bilan_id);

-- A request for help with the plan answered by a referral to another scheme; the note is content.
create table follow_up_referral (
    id           uuid primary key,
    bilan_id     uuid         not null references bilan (id),
    interview_id uuid references follow_up_interview (id),
    scheme_code  varchar(60),
    scheme_name  varchar(200) not null,
    note         bytea,
    referred_at  timestamptz  not null
);
create index follow_up_referral_bilan on follow_up_referral (bilan_id);

-- One reminder per interview, planned time, lead (two weeks, two days) and recipient: the primary key makes a
-- second one impossible, whatever the number of runs or instances; a moved interview is reminded again.
create table follow_up_reminder (
    interview_id uuid        not null references follow_up_interview (id),
    planned_at   timestamptz not null,
    lead         varchar(10) not null,
    recipient    varchar(10) not null,
    outbox_id    uuid        not null,
    primary key (interview_id, planned_at, lead, recipient)
);

-- The counsellor's closing note: content.
create table bilan_closing_note (
    bilan_id   uuid primary key references bilan (id),
    ciphertext bytea       not null,
    written_at timestamptz not null
);

-- The worker's written agreement to keep the content longer after closure (where the scheme allows it).
create table retention_extension (
    bilan_id  uuid primary key references bilan (id),
    months    int         not null check (months between 1 and 12),
    agreed_at timestamptz not null
);
