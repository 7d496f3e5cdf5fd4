-- Documents of a bilan: the file (name and bytes encrypted) lives in the file store under the bilan's key;
-- this row says which bilan it belongs to and who uploaded it.
create table casework_document (
    file_id      uuid primary key,
    bilan_id     uuid        not null references bilan (id),
    uploaded_by  uuid        not null,
    uploaded_at  timestamptz not null
);
create index casework_document_bilan on casework_document (bilan_id, uploaded_at);
