namespace Crosscheck.Storage.Sqlite;

/// <summary>The SQLite schema, as ordered migrations. Add a step for every change; never edit a released one.</summary>
internal static class SqliteSchema
{
    public static readonly IReadOnlyList<SchemaMigration> Migrations =
    [
        new(1, "articles, stories, membership, redirects, FTS5 search", """
            CREATE TABLE articles (
                seq          INTEGER PRIMARY KEY,          -- the row of the article in article_search
                id           TEXT NOT NULL UNIQUE,
                ordinal      INTEGER NOT NULL UNIQUE,      -- ingest order
                source       TEXT NOT NULL,
                title        TEXT NOT NULL,
                author       TEXT,
                outlet       TEXT,
                published    TEXT,                         -- yyyy-MM-dd
                language     TEXT,
                body         TEXT NOT NULL CHECK (json_valid(body)),  -- JSON array of paragraphs
                duplicate_of TEXT REFERENCES articles (id) DEFERRABLE INITIALLY DEFERRED,
                content_hash TEXT NOT NULL UNIQUE,         -- SHA-256 of the page: what makes ingest idempotent
                ingested_at  TEXT NOT NULL,
                story_id     TEXT REFERENCES stories (id) ON DELETE SET NULL DEFERRABLE INITIALLY DEFERRED
            );
            CREATE INDEX articles_story ON articles (story_id);

            CREATE TABLE stories (
                id                 TEXT PRIMARY KEY,
                title              TEXT NOT NULL,
                first_published    TEXT,
                last_published     TEXT,
                updated_at         TEXT NOT NULL,          -- when it was last analysed
                latest_ingested_at TEXT,                   -- its newest article's ingest: the listing's recency
                size               INTEGER NOT NULL DEFAULT 0,
                json               TEXT NOT NULL,
                markdown           TEXT NOT NULL,
                html               TEXT NOT NULL
            );
            CREATE INDEX stories_recency ON stories (latest_ingested_at DESC, size DESC, id);
            CREATE INDEX stories_updated ON stories (updated_at);

            CREATE TABLE story_articles (
                story_id   TEXT NOT NULL REFERENCES stories (id) ON DELETE CASCADE,
                position   INTEGER NOT NULL,
                article_id TEXT NOT NULL UNIQUE REFERENCES articles (id),  -- every article in one story at most
                PRIMARY KEY (story_id, position)
            );

            CREATE TABLE story_redirects (
                old_id        TEXT PRIMARY KEY,
                successor_id  TEXT NOT NULL,
                redirected_at TEXT NOT NULL
            );

            CREATE VIRTUAL TABLE article_search USING fts5 (title, text, tokenize = 'unicode61 remove_diacritics 2');
            CREATE TRIGGER articles_search_delete AFTER DELETE ON articles BEGIN
                DELETE FROM article_search WHERE rowid = old.seq;
            END;
            """),
        new(2, "a publication date's other reading (an all-number date that reads both ways)", """
            ALTER TABLE articles ADD COLUMN published_other_reading TEXT;  -- yyyy-MM-dd
            """),
    ];
}
