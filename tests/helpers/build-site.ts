/**
 * Global setup of the `site` tests: builds the site with the real build script into a
 * temporary folder (seeds/ plus the hostile fixtures of tests/fixtures/site-extra/, content/
 * plus the hostile review and label of tests/fixtures/content-extra/), serves it on loopback,
 * and hands the folder and URL to the tests.
 */
import { execFileSync } from 'node:child_process';
import { appendFileSync, cpSync, readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { TestProject } from 'vitest/node';
import { serveFolder } from '../../scripts/static-server.ts';
import { makeTempDir, removeTempDir } from './temp.ts';

const ROOT = resolve(import.meta.dirname, '../..');

declare module 'vitest' {
  export interface ProvidedContext {
    siteDir: string;
    siteUrl: string;
    seedsDir: string;
    contentDir: string;
    ledgerFile: string;
  }
}

export default async function setup(project: TestProject) {
  const work = makeTempDir('site');
  const seedsDir = join(work, 'seeds');
  cpSync(join(ROOT, 'seeds'), seedsDir, { recursive: true });
  const extra = join(ROOT, 'tests/fixtures/site-extra');
  for (const name of readdirSync(extra)) cpSync(join(extra, name), join(seedsDir, name));

  const contentDir = join(work, 'content');
  cpSync(join(ROOT, 'content'), contentDir, { recursive: true });
  const extraContent = join(ROOT, 'tests/fixtures/content-extra');
  cpSync(join(extraContent, 'reviews'), join(contentDir, 'reviews'), { recursive: true });
  appendFileSync(join(contentDir, 'claim-labels.yaml'), `\n${readFileSync(join(extraContent, 'claim-labels.yaml'), 'utf8')}`);

  const siteDir = join(work, 'dist');
  // The test build keeps its ledger apart: content/claims.lock.json is the site's, not the tests'.
  const ledger = join(work, 'claims.lock.json');
  cpSync(join(ROOT, 'content/claims.lock.json'), ledger);
  execFileSync(process.execPath, ['scripts/build.ts', '--seeds', seedsDir, '--content', contentDir, '--out', siteDir, '--ledger', ledger], {
    cwd: ROOT,
    stdio: ['ignore', 'inherit', 'inherit'],
  });
  const { server, url } = await serveFolder(siteDir, 0);
  project.provide('siteDir', siteDir);
  project.provide('siteUrl', url);
  project.provide('seedsDir', seedsDir);
  project.provide('contentDir', contentDir);
  project.provide('ledgerFile', ledger);

  return async () => {
    await new Promise((done) => server.close(done));
    removeTempDir(work);
  };
}
