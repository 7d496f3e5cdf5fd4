-- What a document is (a CV, a personal development plan, a certificate...): administration, not content, so that
-- a scheme's hour part that requires a document (HOUR_BUDGET parts) can be shown complete to the fund.
alter table casework_document add column kind varchar(40) not null default 'OTHER';
create index casework_document_kind on casework_document (bilan_id, kind);
