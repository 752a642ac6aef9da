/**
 * Index builds across replicas, through the database (DATABASE_URL): the replica that serves a new build
 * publishes it — manifest.json and every file, byte for byte, in one transaction — and announces it; the
 * others fetch it, check every byte against the manifest's SHA-256s before anything is written where the
 * loader looks, install it under INDEX_DIR/builds, point CURRENT at it and reload, which loads and
 * smoke-tests it beside the index serving (src/server/reload.ts). A build that fails any of that is refused
 * and the old one keeps serving. A replica that starts takes the newest published build made from the
 * same sources, builder and embedder as its own before it would build one itself.
 *
 * Only builds of the same sources are taken: a replica still running an older release (another plan text,
 * another lexicon) keeps its own index rather than serve one its files do not describe.
 */
import { mkdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { Config } from '../../config.js';
import { BUILDER_VERSION, currentBuildDir, currentBuildId, listBuilds, pointCurrent, type IndexManifest } from '../../ingest/build.js';
import { sha256 } from '../../ingest/corpus.js';
import { embedderId } from '../../ingest/embeddings/index.js';
import type { LoadedIndex } from '../../ingest/store.js';
import type { IndexBuildStore, PublishedBuild } from '../../store/index-builds.js';
import type { EngineHolder } from '../deps.js';
import type { Logger } from '../logger.js';
import type { Reloader } from '../reload.js';
import type { Notice } from './notices.js';

/** Builds kept in the database, newest first. */
export const KEEP_PUBLISHED = 5;
/** Complete builds kept in INDEX_DIR/builds by a replica that fetches them (CURRENT's always stays). */
export const KEEP_LOCAL = 3;

type Checked = { ok: true; manifest: IndexManifest } | { ok: false; error: string };

/** A relative path inside a build folder: no `..`, nothing absolute, nothing odd. */
const SAFE_NAME = /^(?:[\w-][\w.-]*\/)*[\w-][\w.-]*$/;

/**
 * Every byte of a build against its manifest: manifest.json against the checksum it was published with,
 * then each file the manifest lists against the manifest's own SHA-256, and no file more or less.
 */
export function checkBuild(buildId: string, manifestSha256: string, files: ReadonlyMap<string, Buffer>): Checked {
  const manifestBytes = files.get('manifest.json');
  if (!manifestBytes) return { ok: false, error: 'manifest.json is missing' };
  if (sha256(manifestBytes) !== manifestSha256) return { ok: false, error: 'manifest.json does not match its published checksum' };
  let manifest: IndexManifest;
  try {
    manifest = JSON.parse(manifestBytes.toString('utf8')) as IndexManifest;
  } catch {
    return { ok: false, error: 'manifest.json is not JSON' };
  }
  if (manifest.buildId !== buildId) return { ok: false, error: `manifest.json names build ${String(manifest.buildId)}` };
  const listed = Object.keys(manifest.files ?? {});
  const unsafe = [...files.keys(), ...listed].find((name) => !SAFE_NAME.test(name) || name.split('/').includes('..'));
  if (unsafe !== undefined) return { ok: false, error: `unsafe file name ${JSON.stringify(unsafe)}` };
  const missing = listed.filter((name) => !files.has(name));
  if (missing.length > 0) return { ok: false, error: `missing ${missing.join(', ')}` };
  const extra = [...files.keys()].filter((name) => name !== 'manifest.json' && !(name in manifest.files));
  if (extra.length > 0) return { ok: false, error: `not in the manifest: ${extra.join(', ')}` };
  const corrupt = listed.filter((name) => sha256(files.get(name)!) !== manifest.files[name]);
  if (corrupt.length > 0) return { ok: false, error: `checksum mismatch in ${corrupt.join(', ')}` };
  return { ok: true, manifest };
}

/** The files of a build folder on disk, checked against its manifest as published builds are. */
async function readBuild(dir: string): Promise<{ manifest: IndexManifest; files: Map<string, Buffer>; manifestSha256: string }> {
  const manifestBytes = await readFile(path.join(dir, 'manifest.json'));
  const manifest = JSON.parse(manifestBytes.toString('utf8')) as IndexManifest;
  const files = new Map<string, Buffer>([['manifest.json', manifestBytes]]);
  for (const name of Object.keys(manifest.files)) files.set(name, await readFile(path.join(dir, name)));
  const checked = checkBuild(manifest.buildId, sha256(manifestBytes), files);
  if (!checked.ok) throw new Error(`build ${manifest.buildId} on disk: ${checked.error}`);
  return { manifest, files, manifestSha256: sha256(manifestBytes) };
}

/**
 * Writes checked files as INDEX_DIR/builds/<id>: into a folder of this process's own (`.tmp`, which an
 * ingest prunes if we crash), renamed into place. Another worker of the host may have installed it first.
 */
async function install(indexDir: string, buildId: string, files: ReadonlyMap<string, Buffer>): Promise<void> {
  const buildsDir = path.join(indexDir, 'builds');
  const tmp = path.join(buildsDir, `${buildId}.${process.pid}.tmp`);
  await rm(tmp, { recursive: true, force: true });
  for (const [name, content] of files) {
    await mkdir(path.dirname(path.join(tmp, name)), { recursive: true });
    await writeFile(path.join(tmp, name), content);
  }
  try {
    await rename(tmp, path.join(buildsDir, buildId));
  } catch (error) {
    await rm(tmp, { recursive: true, force: true });
    if (!['ENOTEMPTY', 'EEXIST'].includes((error as NodeJS.ErrnoException).code ?? '')) throw error;
  }
}

async function hasBuild(indexDir: string, buildId: string): Promise<boolean> {
  return readFile(path.join(indexDir, 'builds', buildId, 'manifest.json')).then(
    () => true,
    () => false,
  );
}

/** Keeps the newest KEEP_LOCAL complete builds and CURRENT's; leaves `.tmp` folders to the ingest's own pruning. */
async function pruneLocal(indexDir: string): Promise<void> {
  const current = await currentBuildId(indexDir);
  const complete = await listBuilds(indexDir);
  for (const name of complete.slice(KEEP_LOCAL)) {
    if (name !== current) await rm(path.join(indexDir, 'builds', name), { recursive: true, force: true });
  }
}

/** Fetches a published build, checks it and installs it; the reason it was not usable otherwise. */
async function fetchInto(indexDir: string, builds: IndexBuildStore, published: PublishedBuild): Promise<{ ok: true } | { ok: false; error: string }> {
  if (await hasBuild(indexDir, published.buildId)) return { ok: true };
  const files = await builds.files(published.buildId);
  if (files.size === 0) return { ok: false, error: 'no longer published' };
  const checked = checkBuild(published.buildId, published.manifestSha256, files);
  if (!checked.ok) return checked;
  await install(indexDir, published.buildId, files);
  return { ok: true };
}

/**
 * At start-up, before the index is ensured: when the database holds a build of these very sources that is
 * newer than INDEX_DIR's current one, fetch and check it and point CURRENT at it. Resolves with the build
 * id taken, or null (the local index stays, and ensureIndex builds one if there is none).
 */
export async function adoptNewestAtStart({
  builds,
  config,
  fingerprint,
  logger,
}: {
  builds: IndexBuildStore;
  config: Pick<Config, 'indexDir' | 'embeddings'>;
  /** The fingerprint of the sources as they are now (src/ingest/build.ts `fingerprintOf`). */
  fingerprint: string;
  logger: Logger;
}): Promise<string | null> {
  const candidates = await builds.newest({ fingerprint, builderVersion: BUILDER_VERSION, embedder: embedderId(config.embeddings) });
  const localDir = await currentBuildDir(config.indexDir);
  const local = localDir
    ? await readFile(path.join(localDir, 'manifest.json'), 'utf8').then((text) => JSON.parse(text) as IndexManifest, () => null)
    : null;
  for (const candidate of candidates) {
    if (local && local.fingerprint === fingerprint && (local.buildId === candidate.buildId || local.builtAt >= candidate.builtAt)) return null;
    await mkdir(path.join(config.indexDir, 'builds'), { recursive: true });
    const fetched = await fetchInto(config.indexDir, builds, candidate);
    if (!fetched.ok) {
      logger.warn({ buildId: candidate.buildId, publishedBy: candidate.publishedBy, error: fetched.error }, 'published index build failed verification; trying an older one');
      continue;
    }
    await pointCurrent(config.indexDir, candidate.buildId);
    logger.info({ buildId: candidate.buildId, publishedBy: candidate.publishedBy, builtAt: candidate.builtAt }, 'took the newest published index build');
    return candidate.buildId;
  }
  return null;
}

export interface BuildSharing {
  /** Publishes the build this process serves unless it is published already; true when this call did. */
  publish(index: LoadedIndex): Promise<boolean>;
  /** Another replica announced a build: fetch, check, install, point CURRENT, reload. */
  adopt(buildId: string, reason: string): Promise<'served' | 'refused' | 'skipped'>;
  /** After missed notices: adopt the newest published build of the sources serving, if it is newer. */
  catchUp(reason: string): Promise<void>;
}

export function createBuildSharing({
  builds,
  indexDir,
  holder,
  reloader,
  announce,
  self,
  logger,
}: {
  builds: IndexBuildStore;
  indexDir: string;
  holder: EngineHolder;
  reloader: Pick<Reloader, 'reload'>;
  announce: (notice: Notice) => Promise<void>;
  /** This replica's name (notices/replicaName), recorded as the publisher. */
  self: string;
  logger: Logger;
}): BuildSharing {
  // One adoption at a time: two notices of one build must not fetch it twice.
  let chain: Promise<unknown> = Promise.resolve();
  const serial = <T>(task: () => Promise<T>): Promise<T> => {
    const done = chain.then(task);
    chain = done.catch(() => undefined);
    return done;
  };

  async function adoptNow(published: PublishedBuild, reason: string): Promise<'served' | 'refused' | 'skipped'> {
    const serving = holder.current?.index.manifest;
    if (!serving || serving.buildId === published.buildId) return 'skipped';
    if (published.fingerprint !== serving.fingerprint || published.builderVersion !== serving.builderVersion || published.embedder !== serving.embedder.id) {
      logger.info({ buildId: published.buildId, publishedBy: published.publishedBy, serving: serving.buildId }, 'published index build was made from other sources, builder or embedder; this replica keeps its own');
      return 'skipped';
    }
    if (published.builtAt < serving.builtAt) return 'skipped';
    const fetched = await fetchInto(indexDir, builds, published);
    if (!fetched.ok) {
      logger.warn({ buildId: published.buildId, publishedBy: published.publishedBy, error: fetched.error, serving: serving.buildId }, 'published index build refused: it failed verification; the current one keeps serving');
      return 'refused';
    }
    await pointCurrent(indexDir, published.buildId);
    await reloader.reload(reason);
    if (holder.current?.index.manifest.buildId === published.buildId) {
      await pruneLocal(indexDir).catch((error: Error) => logger.warn({ error: error.message }, 'could not prune old index builds'));
      return 'served';
    }
    // Refused by the loader or the smoke test: the reloader has pointed CURRENT back already (src/server/reload.ts).
    return 'refused';
  }

  return {
    async publish(index) {
      if (await builds.has(index.manifest.buildId)) return false;
      const { manifest, files, manifestSha256 } = await readBuild(index.dir);
      const published = await builds.publish({
        buildId: manifest.buildId,
        builtAt: manifest.builtAt,
        fingerprint: manifest.fingerprint,
        builderVersion: manifest.builderVersion,
        embedder: manifest.embedder.id,
        manifestSha256,
        publishedBy: self,
        files,
      });
      if (!published) return false;
      const bytes = [...files.values()].reduce((sum, content) => sum + content.length, 0);
      logger.info({ buildId: manifest.buildId, files: files.size, bytes }, 'published the index build for the other replicas');
      await announce({ kind: 'build', from: self, buildId: manifest.buildId, fingerprint: manifest.fingerprint });
      const pruned = await builds.prune(KEEP_PUBLISHED);
      if (pruned.length > 0) logger.info({ pruned }, 'older published index builds deleted');
      return true;
    },

    adopt: (buildId, reason) =>
      serial(async () => {
        const published = await builds.get(buildId);
        return published ? adoptNow(published, reason) : 'skipped';
      }),

    catchUp: (reason) =>
      serial(async () => {
        const serving = holder.current?.index.manifest;
        if (!serving) return;
        const [newest] = await builds.newest({ fingerprint: serving.fingerprint, builderVersion: serving.builderVersion, embedder: serving.embedder.id }, 1);
        if (newest && newest.builtAt > serving.builtAt) await adoptNow(newest, reason);
      }),
  };
}
