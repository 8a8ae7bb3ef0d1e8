import { siteConfig } from '@/lib/config/site';
import { db } from '@/lib/db/client';
import { countOf } from '@/lib/text/plural';
import { parseDatelineExport } from './dateline-export';
import { parseFeedImport } from './feed';
import { type ImportFormat, ImportRefused, type ParsedImport } from './types';
import { parseWxr } from './wxr';
import { type ImportOptions, type ImportSummary, itemCount, writeImport } from './write';

// One import from start to finish, recorded in ImportRun as it goes: /admin/import shows its progress (refreshed
// while it runs) and then its summary, whether it was started there or on the command line.

/** How many skipped or refused items a run's report keeps (the counts are always whole). */
const REPORT_LIMIT = 500;

export function parseImport(format: ImportFormat, text: string, timeZone = siteConfig().timeZone): ParsedImport {
  switch (format) {
    case 'wxr':
      return parseWxr(text, timeZone);
    case 'rss':
      return parseFeedImport(text);
    case 'dateline':
      return parseDatelineExport(text);
  }
}

export type RunInput = {
  format: ImportFormat;
  /** The file's name or the feed's address, for the record. */
  origin: string;
  /** Reads the file (ImportRefused when it is too large, not text …). */
  read: () => Promise<string>;
  /** The run to record into, when /admin/import made it already; a new one otherwise. */
  runId?: string;
} & ImportOptions;

export type RunResult = { runId: string } & ({ ok: true; summary: ImportSummary } | { ok: false; message: string });

/** Reads, parses and writes an import, recording each step in its ImportRun. Never throws for a bad file. */
export async function runImport(input: RunInput): Promise<RunResult> {
  const runId =
    input.runId ??
    (await db.importRun.create({ data: { format: input.format, origin: input.origin.slice(0, 500), startedById: input.viewer.userId }, select: { id: true } })).id;
  try {
    const parsed = parseImport(input.format, await input.read());
    await db.importRun.update({ where: { id: runId }, data: { status: 'running', total: itemCount(parsed), skipped: parsed.skipped.length, refused: parsed.refused.length } });
    const summary = await writeImport(parsed, {
      ...input,
      onProgress: async (progress) => {
        await db.importRun.update({ where: { id: runId }, data: { created: progress.created, skipped: progress.skipped, refused: progress.refused } });
        await input.onProgress?.(progress);
      },
    });
    await db.importRun.update({
      where: { id: runId },
      data: {
        status: 'done',
        created: summary.created,
        skipped: summary.skipped,
        refused: summary.refused,
        report: JSON.stringify(summary.notes.slice(0, REPORT_LIMIT)),
        message: describeSummary(summary),
        finishedAt: new Date(),
      },
    });
    return { runId, ok: true, summary };
  } catch (error) {
    const message = error instanceof ImportRefused ? error.message : `The import stopped: ${error instanceof Error ? error.message : String(error)}. Start it again to carry on where it stopped: what was imported stays, and is not imported twice.`;
    if (!(error instanceof ImportRefused)) console.error('[import] failed', error);
    await db.importRun.update({ where: { id: runId }, data: { status: 'failed', message, finishedAt: new Date() } }).catch(() => undefined);
    return { runId, ok: false, message };
  }
}

export function describeSummary(s: ImportSummary): string {
  const extras = [
    s.authorsCreated && countOf(s.authorsCreated, 'new author profile'),
    s.sectionsCreated && countOf(s.sectionsCreated, 'new section'),
    s.imagesCreated && countOf(s.imagesCreated, 'picture'),
    s.redirects && `${countOf(s.redirects, 'old address', 'old addresses')} redirected`,
  ].filter(Boolean);
  return `${s.created} created, ${s.skipped} skipped, ${s.refused} refused${extras.length ? `; ${extras.join(', ')}` : ''}.`;
}
