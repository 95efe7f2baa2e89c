-- The stored representations are kept out of TOAST compression: body_gzip is compressed already (PostgreSQL's own
-- compression would only try and fail on it), and body is served as it is stored, so compressing it would cost the
-- publishing transaction a compression and each database read of it a decompression. Both stay out of line in the
-- TOAST table as before; only new rows (every publication and withdrawal writes its versions' rows again) are stored so.
alter table published_rendering alter column body set storage external;
alter table published_rendering alter column body_gzip set storage external;
