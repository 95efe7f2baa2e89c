-- Registries without serial ranges (Puro.earth, Global Carbon Council, PACM) name each retirement by an identifier of
-- its own; where their export states the issuance batch it came from and the batch's size, the record keeps both, so
-- that the retirements of one batch can be told apart (they do not collide) and can never add up to more credits than
-- the batch was issued with (the same credits written under two identifiers).
alter table registry_record add column issuance_batch text;
alter table registry_record add column batch_quantity bigint;
