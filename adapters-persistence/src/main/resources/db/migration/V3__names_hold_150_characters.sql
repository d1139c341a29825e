-- Names are limited to 150 characters (code points); H2 counts VARCHAR lengths in UTF-16 units, where a
-- character outside the Basic Multilingual Plane takes two. Room for 150 of those everywhere.
ALTER TABLE users ALTER COLUMN username SET DATA TYPE VARCHAR(300);
ALTER TABLE users ALTER COLUMN first_name SET DATA TYPE VARCHAR(300);
ALTER TABLE users ALTER COLUMN last_name SET DATA TYPE VARCHAR(300);
