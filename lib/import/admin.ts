import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { z } from 'zod';
import type { Viewer } from '@/lib/auth/session';
import { db } from '@/lib/db/client';
import { startBackgroundImport } from './background';
import { tooLarge } from './source';
import { IMPORT_FORMATS, type ImportFormat } from './formats.shared';
import type { ImportNote } from './types';

// /admin/import: starting an import from an uploaded file, and the list of imports with their progress and reports.

/** A run that says "running" but has not moved for this long was stopped (its process was killed or crashed). */
export const STALLED_AFTER_MS = 5 * 60_000;

export const ALREADY_RUNNING = 'An import is running. Wait for it to finish (this page shows its progress), then start the next.';
export const NO_IMPORT_FILE = 'Choose the file to import.';

export const importFormSchema = z.object({
  format: z.enum(IMPORT_FORMATS, { message: 'Choose what kind of file this is.' }),
  defaultSection: z
    .string()
    .trim()
    .max(80)
    .regex(/^(?:[a-z0-9]+(?:-[a-z0-9]+)*)?$/, 'Choose a section.')
    .transform((v) => v || undefined),
  downloadMedia: z.literal('on').optional(),
  sectionMap: z
    .string()
    .max(5000, 'Keep the mapping under 5,000 characters.')
    .transform((text, ctx) => {
      const map: Record<string, string> = {};
      for (const [n, line] of text.split('\n').entries()) {
        if (!line.trim()) continue;
        const at = line.lastIndexOf('=');
        const from = line.slice(0, at).trim();
        const to = line.slice(at + 1).trim();
        if (at < 1 || !from || !/^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(to)) {
          ctx.addIssue({ code: 'custom', message: `Line ${n + 1}: write “old category = section-slug”, for example “Harbour life = news”.` });
          return z.NEVER;
        }
        map[from] = to;
      }
      return map;
    }),
});

export type StartResult = { ok: true; runId: string } | { ok: false; status: 400 | 409 | 413; message: string };

/** Stores the upload where the import process can read it, records the run and starts it. */
export async function startImportFromUpload(
  viewer: Viewer,
  input: z.infer<typeof importFormSchema>,
  file: { name: string; bytes: Uint8Array },
  limit: number,
): Promise<StartResult> {
  if (file.bytes.byteLength === 0) return { ok: false, status: 400, message: NO_IMPORT_FILE };
  if (file.bytes.byteLength > limit) return { ok: false, status: 413, message: tooLarge(file.bytes.byteLength, limit) };
  if (input.defaultSection && !(await db.section.count({ where: { slug: input.defaultSection } }))) {
    return { ok: false, status: 400, message: 'That section no longer exists. Reload the page.' };
  }
  const targets = [...new Set(Object.values(input.sectionMap))];
  const known = new Set((await db.section.findMany({ where: { slug: { in: targets } }, select: { slug: true } })).map((s) => s.slug));
  const unknown = targets.filter((slug) => !known.has(slug));
  if (unknown.length) return { ok: false, status: 400, message: `The mapping names sections this site does not have: ${unknown.join(', ')}.` };
  const busy = await db.importRun.findFirst({ where: { status: { in: ['queued', 'running'] }, updatedAt: { gt: new Date(Date.now() - STALLED_AFTER_MS) } } });
  if (busy) return { ok: false, status: 409, message: ALREADY_RUNNING };
  const run = await db.importRun.create({ data: { format: input.format, origin: file.name.slice(0, 200) || 'upload', startedById: viewer.userId }, select: { id: true } });
  const stored = path.join(os.tmpdir(), `dateline-import-${run.id}`);
  await fs.writeFile(stored, file.bytes);
  startBackgroundImport({
    runId: run.id,
    format: input.format,
    file: stored,
    email: viewer.email,
    defaultSection: input.defaultSection,
    sectionMap: input.sectionMap,
    downloadMedia: input.downloadMedia === 'on',
  });
  return { ok: true, runId: run.id };
}

export type ImportRunView = {
  id: string;
  format: ImportFormat;
  origin: string;
  state: 'queued' | 'running' | 'done' | 'failed' | 'stopped';
  total: number;
  created: number;
  skipped: number;
  refused: number;
  message: string;
  report: (ImportNote & { outcome: string })[];
  startedBy: string;
  createdAt: Date;
  finishedAt: Date | null;
};

export async function listImportRuns(limit = 20): Promise<ImportRunView[]> {
  const rows = await db.importRun.findMany({ orderBy: { createdAt: 'desc' }, take: limit, include: { startedBy: { select: { name: true } } } });
  const now = Date.now();
  return rows.map((row) => {
    const live = row.status === 'queued' || row.status === 'running';
    let report: ImportRunView['report'] = [];
    try {
      report = JSON.parse(row.report) as ImportRunView['report'];
    } catch {
      report = [];
    }
    return {
      id: row.id,
      format: (IMPORT_FORMATS as readonly string[]).includes(row.format) ? (row.format as ImportFormat) : 'wxr',
      origin: row.origin,
      state: live && now - row.updatedAt.getTime() > STALLED_AFTER_MS ? 'stopped' : (row.status as ImportRunView['state']),
      total: row.total,
      created: row.created,
      skipped: row.skipped,
      refused: row.refused,
      message: row.message,
      report,
      startedBy: row.startedBy?.name ?? '',
      createdAt: row.createdAt,
      finishedAt: row.finishedAt,
    };
  });
}
