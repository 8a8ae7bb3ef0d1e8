import type { Metadata } from 'next';
import { forbidden, notFound } from 'next/navigation';
import { AdminShell } from '@/components/admin/admin-shell';
import { ArticleEditor } from '@/components/admin/editor/article-editor.client';
import { getBreakingState } from '@/lib/articles/breaking';
import { getArticleForEditor, getEditorOptions } from '@/lib/articles/desk-queries';
import { pageAccess } from '@/lib/auth/access';
import { siteConfig } from '@/lib/config/site';
import { formatDateTime, toDateTimeLocal } from '@/lib/dates/format';
import { LiveBlogPanel } from '@/components/admin/live-blog-panel.client';
import { StoryCommentsPanel } from '@/components/admin/comments/story-comments-panel';
import { can } from '@/lib/auth/roles';
import { getLiveBlogForEditing } from '@/lib/live/manage';
import type { EntryVersion } from '@/lib/live/history';
import { deleteLiveEntryAction, liveSettingsAction, restoreLiveEntryAction, saveLiveEntryAction } from '../actions';

/** An entry's version as the live-blog panel lists it, on the site's clock. */
function versionRow(version: EntryVersion) {
  const zone = siteConfig().timeZone;
  const { id, version: number, change, title, excerpt } = version;
  return { id, version: number, change, title, excerpt, atLabel: formatDateTime(version.at, zone), savedLabel: `${formatDateTime(version.savedAt, zone)}${version.savedBy ? ` · ${version.savedBy}` : ''}` };
}

export const metadata: Metadata = { title: 'Edit article' };

type Props = { params: Promise<{ id: string }>; searchParams: Promise<{ restored?: string }> };

export default async function EditArticlePage({ params, searchParams }: Props) {
  const [{ id }, { restored = '' }] = await Promise.all([params, searchParams]);
  const access = await pageAccess('/admin/articles/[id]', `/admin/articles/${encodeURIComponent(id)}`);
  if (!access.ok) forbidden();
  const { viewer } = access;
  const [data, options, breaking, live] = await Promise.all([getArticleForEditor(viewer, id), getEditorOptions(), getBreakingState(id), getLiveBlogForEditing(id)]);
  if (!data) notFound();
  if (!data.rights.open) forbidden();
  const { row } = data;
  const zone = siteConfig().timeZone;
  const publishedLabel = row.publishedAt
    ? `${row.status === 'scheduled' ? 'Goes out' : 'First published'} ${formatDateTime(row.publishedAt, zone)}`
    : '';
  return (
    <AdminShell viewer={viewer} title={row.status === 'draft' && row.version === 1 ? 'New article' : 'Edit article'}>
      <ArticleEditor
        // Kept across re-renders (a server action that refreshes readers' pages re-renders this one too), so
        // nothing typed since is lost; a restored revision starts the editor afresh.
        key={`${row.id}:${restored}`}
        articleId={row.id}
        initial={data.snapshot}
        version={row.version}
        options={options}
        images={{ hero: data.heroImage, social: data.socialImage }}
        workflow={{
          status: row.status,
          publishAtLocal: row.publishedAt && row.status === 'scheduled' ? toDateTimeLocal(row.publishedAt, zone) : '',
          publishedLabel,
          reviewNote: row.reviewNote,
          publicPath: `/${row.section.slug}/${row.slug}`,
          rights: data.rights,
          breaking,
        }}
      />
      <LiveBlogPanel
        articleId={row.id}
        state={live.state}
        endsAtLocal={live.endsAt ? toDateTimeLocal(live.endsAt, zone).slice(0, 16) : ''}
        entries={live.entries.map((entry) => ({
          ...entry,
          atLocal: toDateTimeLocal(entry.at, zone).slice(0, 16),
          atLabel: formatDateTime(entry.at, zone),
          versions: entry.versions.map(versionRow),
        }))}
        deleted={live.deleted.map(versionRow)}
        authors={options.authors}
        defaultAuthorId={viewer.authorId ?? ''}
        canPublish={data.rights.publish}
        actions={{ settings: liveSettingsAction, saveEntry: saveLiveEntryAction, deleteEntry: deleteLiveEntryAction, restoreEntry: restoreLiveEntryAction }}
      />
      {can(viewer.role, 'comments:moderate') && <StoryCommentsPanel articleId={row.id} />}
    </AdminShell>
  );
}
