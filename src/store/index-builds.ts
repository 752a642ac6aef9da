/**
 * Index builds shared between replicas: one replica publishes the build it serves (its manifest's fields and
 * every file, byte for byte, in one transaction), the others read the newest one made from the same sources.
 * The store only keeps bytes; checking them against the manifest is the reader's job
 * (src/server/replicas/builds.ts), as it is for a build on disk (src/ingest/store.ts).
 */
import type { Kysely } from 'kysely';
import type { Database } from './schema.js';

export interface PublishedBuild {
  buildId: string;
  builtAt: string;
  fingerprint: string;
  builderVersion: number;
  embedder: string;
  manifestSha256: string;
  bytes: number;
  publishedAt: string;
  publishedBy: string;
}

export interface BuildToPublish extends Omit<PublishedBuild, 'bytes' | 'publishedAt'> {
  /** Relative path → content; manifest.json among them. */
  files: ReadonlyMap<string, Buffer>;
}

export interface IndexBuildStore {
  /** Stores a build with all its files; false (and nothing written) when a build with that id is already there. */
  publish(build: BuildToPublish): Promise<boolean>;
  has(buildId: string): Promise<boolean>;
  get(buildId: string): Promise<PublishedBuild | null>;
  /** Builds a replica with these sources, builder and embedder can serve, newest (by build time) first. */
  newest(match: { fingerprint: string; builderVersion: number; embedder: string }, limit?: number): Promise<PublishedBuild[]>;
  /** Every file of a build, by relative path (empty when it is not there). */
  files(buildId: string): Promise<Map<string, Buffer>>;
  /** Keeps the `keep` newest builds, deletes the rest; resolves with the ids deleted. */
  prune(keep: number): Promise<string[]>;
}

type Row = Database['index_builds'];

const fromRow = (r: Row): PublishedBuild => ({
  buildId: r.build_id,
  builtAt: r.built_at,
  fingerprint: r.fingerprint,
  builderVersion: Number(r.builder_version),
  embedder: r.embedder,
  manifestSha256: r.manifest_sha256,
  // PostgreSQL returns bigint as a string.
  bytes: Number(r.bytes),
  publishedAt: r.published_at,
  publishedBy: r.published_by,
});

export function createIndexBuildStore({ db, now }: { db: Kysely<Database>; now: () => Date }): IndexBuildStore {
  return {
    async publish(build) {
      const bytes = [...build.files.values()].reduce((sum, content) => sum + content.length, 0);
      return db.transaction().execute(async (tx) => {
        // Two replicas publishing the same build: the second waits on the first's key, then inserts nothing.
        const inserted = await tx
          .insertInto('index_builds')
          .values({
            build_id: build.buildId,
            built_at: build.builtAt,
            fingerprint: build.fingerprint,
            builder_version: build.builderVersion,
            embedder: build.embedder,
            manifest_sha256: build.manifestSha256,
            bytes,
            published_at: now().toISOString(),
            published_by: build.publishedBy,
          })
          .onConflict((oc) => oc.column('build_id').doNothing())
          .executeTakeFirst();
        if (Number(inserted.numInsertedOrUpdatedRows ?? 0) === 0) return false;
        // One row per statement: a build's files are a few MB, and a single INSERT of all of them would be one huge message.
        for (const [name, content] of build.files) {
          await tx.insertInto('index_build_files').values({ build_id: build.buildId, name, content }).execute();
        }
        return true;
      });
    },

    async has(buildId) {
      const row = await db.selectFrom('index_builds').select('build_id').where('build_id', '=', buildId).executeTakeFirst();
      return row !== undefined;
    },

    async get(buildId) {
      const row = await db.selectFrom('index_builds').selectAll().where('build_id', '=', buildId).executeTakeFirst();
      return row ? fromRow(row) : null;
    },

    async newest({ fingerprint, builderVersion, embedder }, limit = 3) {
      const rows = await db
        .selectFrom('index_builds')
        .selectAll()
        .where('fingerprint', '=', fingerprint)
        .where('builder_version', '=', builderVersion)
        .where('embedder', '=', embedder)
        .orderBy('built_at', 'desc')
        .orderBy('build_id', 'desc')
        .limit(limit)
        .execute();
      return rows.map(fromRow);
    },

    async files(buildId) {
      const rows = await db.selectFrom('index_build_files').select(['name', 'content']).where('build_id', '=', buildId).execute();
      return new Map(rows.map((r) => [r.name, Buffer.from(r.content)]));
    },

    async prune(keep) {
      return db.transaction().execute(async (tx) => {
        const old = await tx.selectFrom('index_builds').select('build_id').orderBy('built_at', 'desc').orderBy('build_id', 'desc').offset(keep).limit(1000).execute();
        const ids = old.map((r) => r.build_id);
        if (ids.length === 0) return [];
        await tx.deleteFrom('index_build_files').where('build_id', 'in', ids).execute();
        await tx.deleteFrom('index_builds').where('build_id', 'in', ids).execute();
        return ids.sort();
      });
    },
  };
}
