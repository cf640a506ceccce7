namespace Crosscheck.Storage.Postgres;

/// <summary>The PostgreSQL schema, as ordered migrations. Add a step for every change; never edit a released one.</summary>
internal static class PostgresSchema
{
    public static readonly IReadOnlyList<SchemaMigration> Migrations =
    [
        new(1, "articles, stories, membership, redirects, tsvector search", """
            CREATE TABLE stories (
                id                 text PRIMARY KEY,
                title              text NOT NULL,
                first_published    date,
                last_published     date,
                updated_at         timestamptz NOT NULL,   -- when it was last analysed
                latest_ingested_at timestamptz,            -- its newest article's ingest: the listing's recency
                size               integer NOT NULL DEFAULT 0,
                json               text NOT NULL,
                markdown           text NOT NULL,
                html               text NOT NULL
            );
            CREATE INDEX stories_recency ON stories (latest_ingested_at DESC NULLS LAST, size DESC, id COLLATE "C");
            CREATE INDEX stories_updated ON stories (updated_at);

            CREATE TABLE articles (
                id           text PRIMARY KEY,
                ordinal      integer NOT NULL UNIQUE,      -- ingest order
                source       text NOT NULL,
                title        text NOT NULL,
                author       text,
                outlet       text,
                published    date,
                language     text,
                body         text[] NOT NULL,              -- the paragraphs
                duplicate_of text REFERENCES articles (id) DEFERRABLE INITIALLY DEFERRED,
                content_hash text NOT NULL UNIQUE,         -- SHA-256 of the page: what makes ingest idempotent
                ingested_at  timestamptz NOT NULL,
                story_id     text REFERENCES stories (id) ON DELETE SET NULL DEFERRABLE INITIALLY DEFERRED,
                search       tsvector NOT NULL             -- title (weight A) and text (weight B), written with the row
            );
            CREATE INDEX articles_story ON articles (story_id);
            CREATE INDEX articles_search ON articles USING gin (search);

            CREATE TABLE story_articles (
                story_id   text NOT NULL REFERENCES stories (id) ON DELETE CASCADE,
                position   integer NOT NULL,
                article_id text NOT NULL UNIQUE REFERENCES articles (id),  -- every article in one story at most
                PRIMARY KEY (story_id, position)
            );

            CREATE TABLE story_redirects (
                old_id        text PRIMARY KEY,
                successor_id  text NOT NULL,
                redirected_at timestamptz NOT NULL
            );
            """),
        new(2, "a publication date's other reading (an all-number date that reads both ways)", """
            ALTER TABLE articles ADD COLUMN published_other_reading date;
            """),
    ];
}
