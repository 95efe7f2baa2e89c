-- DIS-7: the claim's own verification (ISO 14068-1: body, accreditation, standard, level of assurance, statement date,
-- reference) or validation (PAS 2060: type and evidence), entered by the tenant as JSON. A verified inventory is not a
-- verified claim; the published claim is worded from this only.
alter table declaration add column claim_verification text;
alter table declaration add column claim_verification_updated_by text;
alter table declaration add column claim_verification_updated_at timestamptz;
