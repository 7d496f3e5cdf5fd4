-- Uploaded and generated files. The display name and the content are encrypted under the scope's data key
-- (content is personal data; so may a file name be). Media type and size stay readable for listings.
create table stored_file (
    id                 uuid         primary key,
    scope_kind         varchar(20)  not null,
    owner_id           uuid         not null,
    purpose            varchar(60)  not null,
    name_ciphertext    bytea        not null,
    media_type         varchar(100) not null,
    size_bytes         bigint       not null,
    sha256             char(64)     not null,
    content_ciphertext bytea        not null,
    created_at         timestamptz  not null
);

create index stored_file_scope on stored_file (scope_kind, owner_id);

-- Ciphertext does not compress: skip PostgreSQL's compression attempt on every write.
alter table stored_file alter column content_ciphertext set storage external;
