import { spawn } from 'node:child_process';
import fs from 'node:fs/promises';
import path from 'node:path';
import { expireTagsNow } from '@/lib/cache/tag-clock';
import { db } from '@/lib/db/client';
import { invalidateRedirects } from '@/lib/redirects/table';
import type { ImportFormat } from './types';

// An import started from /admin/import runs in a child process (scripts/import.ts), not in the server: parsing a
// large export and converting thousands of bodies is seconds of work, which inside the server would hold up every
// reader's request meanwhile. The child records its progress in ImportRun, which the page shows; when it ends, this
// process expires the cache tags it reports, so that readers see the new stories at once even without Redis (with
// Redis every instance hears of them from the child itself).

/** The line scripts/import.ts prints last with --report-tags: the cache tags of the pages the import changed. */
export const TAGS_LINE_PREFIX = 'EXPIRED-TAGS ';

const tsxCli = () => path.join(process.cwd(), 'node_modules/tsx/dist/cli.mjs');

export type BackgroundImport = {
  runId: string;
  format: ImportFormat;
  /** The uploaded file, removed when the import ends. */
  file: string;
  /** The administrator who started it. */
  email: string;
  defaultSection?: string;
  /** Old category → section slug. */
  sectionMap: Record<string, string>;
  downloadMedia: boolean;
};

export function startBackgroundImport(job: BackgroundImport): void {
  const args = [tsxCli(), 'scripts/import.ts', job.format, job.file, '--run', job.runId, '--as', job.email, '--report-tags'];
  if (job.defaultSection) args.push('--default-section', job.defaultSection);
  if (job.downloadMedia) args.push('--download-media');
  for (const [from, to] of Object.entries(job.sectionMap)) args.push('--section', `${from}=${to}`);
  const child = spawn(process.execPath, args, { cwd: process.cwd(), env: process.env, stdio: ['ignore', 'pipe', 'pipe'] });
  let out = '';
  child.stdout.setEncoding('utf8').on('data', (chunk: string) => {
    out = (out + chunk).slice(-4_000_000);
  });
  let errors = '';
  child.stderr.setEncoding('utf8').on('data', (chunk: string) => {
    errors = (errors + chunk).slice(-2000);
  });
  child.on('error', (error) => console.error('[import] could not start the import process', error));
  child.on('close', (code) => {
    void (async () => {
      if (code !== 0) {
        // The process died before it could record why (it records refusals itself and exits 1 after): say so.
        const message = `The import process ended unexpectedly (exit code ${code}). Start the same import again to carry on where it stopped.`;
        await db.importRun
          .updateMany({ where: { id: job.runId, status: { in: ['queued', 'running'] } }, data: { status: 'failed', message, finishedAt: new Date() } })
          .catch(() => undefined);
        if (errors.trim()) console.error(`[import] ${job.runId} ended with code ${code}: ${errors.trim().split('\n').at(-1)}`);
      }
      const line = out.split('\n').find((l) => l.startsWith(TAGS_LINE_PREFIX));
      if (line) {
        try {
          const tags = JSON.parse(line.slice(TAGS_LINE_PREFIX.length)) as string[];
          await expireTagsNow(tags);
          await invalidateRedirects();
        } catch (error) {
          console.error('[import] could not refresh the caches after an import', error);
        }
      }
      await fs.rm(job.file, { force: true });
    })();
  });
}
