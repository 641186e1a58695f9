-- Trigram matching powers "did you mean" suggestions in search (bundled with PGlite and PostgreSQL contrib).
CREATE EXTENSION IF NOT EXISTS pg_trgm;
