-- An email change is confirmed by a one-time token mailed to the new address (purpose CHANGE_EMAIL), which carries
-- that address as typed and its key; NULL for every other purpose. V12, not V11: V11 is taken by a parallel branch.
ALTER TABLE one_time_tokens ADD COLUMN new_email VARCHAR(254);
ALTER TABLE one_time_tokens ADD COLUMN new_email_key VARCHAR(1000);
