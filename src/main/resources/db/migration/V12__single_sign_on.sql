-- Accounts created at their first sign-in through the organisation's OpenID Connect provider have
-- no password: they sign in only through the provider.
ALTER TABLE user_account ALTER COLUMN password_hash DROP NOT NULL;
