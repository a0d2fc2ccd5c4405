import type { Database } from 'better-sqlite3';

/**
 * Search: a bigram FTS5 index (each column's text as overlapping character pairs, so two-character
 * Chinese terms are found: the trigram tokenizer misses them), exact keys (numbers, phones and their
 * last digits), and search_docs giving each complaint a stable integer id for both, in intake order.
 * Contentless: the text lives in complaints; the index only answers which rows match.
 */
export default function migrateTo0008(db: Database): void {
  db.exec(`
    CREATE TABLE search_docs (
      doc INTEGER PRIMARY KEY,
      complaint_id TEXT NOT NULL UNIQUE REFERENCES complaints (id)
    ) STRICT;
    CREATE VIRTUAL TABLE search_fts USING fts5(
      ids, names, body,
      content = '', contentless_delete = 1, detail = full,
      tokenize = 'unicode61 remove_diacritics 0'
    );
    CREATE TABLE search_keys (
      key TEXT NOT NULL,
      doc INTEGER NOT NULL,
      PRIMARY KEY (key, doc)
    ) STRICT, WITHOUT ROWID;
    CREATE INDEX search_keys_doc ON search_keys (doc);
  `);
}
