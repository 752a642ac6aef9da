/**
 * The tables of the store, as Kysely sees them. One schema for both engines: times are ISO-8601 UTC text
 * (sortable and comparable as text on SQLite and PostgreSQL alike), flags are 0/1 integers, lists that are
 * queried get their own table (a citation, a card served) instead of a JSON column.
 */
import type { ColumnType, Generated } from 'kysely';

/** PostgreSQL returns int8 (COUNT, serial ids past 2^31) as a string; read every count with `Number`. */
export type Count = ColumnType<number | string, never, never>;

export interface FeedbackTable {
  id: Generated<number>;
  created_at: string;
  question: string;
  answer: string;
  helpful: number;
  comment: string | null;
  /** The conversation-log row this feedback is about (same question and answer), when it was logged. */
  ask_id: string | null;
}

/** One question and its answer: the conversation log. */
export interface AskTable {
  id: string;
  created_at: string;
  /** The calendar day in the service's time zone (Asia/Shanghai), for questions per day. */
  day: string;
  question: string;
  /** The question without trailing punctuation and spaces: "5G基站？" and "5G基站" are one question. */
  question_key: string;
  answer: string;
  refused: number;
  refusal_reason: string | null;
  mode: string;
  latency_ms: number;
  /** 0–1: how much of the question's evidence spoke for the plan (the engine's trace). */
  evidence: number;
  /** The supervisor card that decided the answer, or null. */
  card_id: string | null;
  /** `ask` (POST /api/ask) or `stream` (POST /api/ask/stream). */
  channel: string;
}

export interface AskCitationTable {
  ask_id: string;
  n: number;
  clause_id: string;
}

/** The cards an answer served (the trace's cardIds): how many questions each annotation has served. */
export interface AskCardTable {
  ask_id: string;
  card_id: string;
}

/** A supervisor's question card, in the CardSchema shape (`card`, JSON), with who made it and from what. */
export interface AnnotationTable {
  id: string;
  card: string;
  /** The log row it was made from, or null (imported, written by hand). */
  ask_id: string | null;
  created_at: string;
  created_by: string;
  updated_at: string;
  updated_by: string;
}

export interface AuditTable {
  id: Generated<number>;
  at: string;
  actor: string;
  action: string;
  target: string | null;
  /** JSON: what changed. */
  detail: string | null;
}

export interface AdminSessionTable {
  /** SHA-256 of the cookie's secret: a stolen database does not hand out sessions. */
  id_hash: string;
  actor: string;
  csrf: string;
  /** Which ADMIN_TOKEN the session was opened with (a hash): a new token ends every older session. */
  token_tag: string;
  created_at: string;
  expires_at: string;
}

/** An index build one replica served and published for the others (src/server/replicas/builds.ts). */
export interface IndexBuildTable {
  build_id: string;
  /** The manifest's own fields, to choose a build without reading its files. */
  built_at: string;
  fingerprint: string;
  builder_version: number;
  embedder: string;
  /** SHA-256 of manifest.json as published; the manifest in turn holds every other file's checksum. */
  manifest_sha256: string;
  bytes: number;
  published_at: string;
  /** host:pid of the replica that published it. */
  published_by: string;
}

/** The files of a published build, manifest.json included, byte for byte. */
export interface IndexBuildFileTable {
  build_id: string;
  /** Relative path inside the build folder (`hnsw/hnswlib.index`). */
  name: string;
  content: Buffer;
}

export interface Database {
  feedback: FeedbackTable;
  asks: AskTable;
  ask_citations: AskCitationTable;
  ask_cards: AskCardTable;
  annotations: AnnotationTable;
  audit: AuditTable;
  admin_sessions: AdminSessionTable;
  index_builds: IndexBuildTable;
  index_build_files: IndexBuildFileTable;
}

export type Dialect = 'sqlite' | 'postgres';
