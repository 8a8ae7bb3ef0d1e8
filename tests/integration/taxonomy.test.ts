import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { createAuthorAction, deleteAuthorAction, updateAuthorAction } from '@/app/admin/authors/actions';
import { createSectionAction, deleteSectionAction, moveSectionAction, updateSectionAction } from '@/app/admin/sections/actions';
import { createTagAction, deleteTagAction, mergeTagsAction, renameTagAction } from '@/app/admin/tags/actions';
import type { Viewer } from '@/lib/auth/session';
import { AUTHOR_SLUG_TAKEN, PHOTO_NOT_FOUND } from '@/lib/authors/manage';
import { db } from '@/lib/db/client';
import { SECTION_NOT_FOUND, SECTION_SLUG_LOCKED, SECTION_SLUG_TAKEN } from '@/lib/sections/manage';
import { listTagsForAdmin } from '@/lib/tags/admin-queries';
import { findOrCreateTags, MERGE_SAME_TAG, TAG_SLUG_TAKEN } from '@/lib/tags/manage';
import { NO_SLUG_FROM_NAME, SLUG_FORMAT, SLUG_TOO_LONG } from '@/lib/text/slug-field';
import { createAccount } from '@/lib/users/accounts';
import { createArticle, createAuthor, createSection, createTag } from './factories';

// The editorial desk's sections, tags and author profiles, through their server actions (permission check, input
// parsing, domain rules) against the real database.

// An action's handler is also given the request's headers (no session cookie: nothing here calls better-auth).
const context = { request: { ip: '198.51.100.7', userAgent: 'vitest' }, headers: new Headers() };
const suffix = () => randomUUID().slice(0, 8);

async function editor(): Promise<Viewer> {
  const user = await createAccount({ email: `editor-${suffix()}@it.example`, name: 'IT Editor', role: 'editor', password: 'lantern-gull-fog-harbour-9' });
  return { userId: user.id, sessionId: 'it', name: user.name, email: user.email, role: 'editor', authorId: user.authorId };
}

const auditCount = (action: string) => db.auditEvent.count({ where: { action } });

describe('sections', () => {
  it('are created at the end of the navigation with a slug made from the name, and audited', async () => {
    const viewer = await editor();
    const name = `Harbour Life ${suffix()}`;
    const before = await auditCount('section.created');
    const result = await createSectionAction.run(viewer, { name, slug: '', description: 'Boats and the people on them.' }, context);
    expect(result).toMatchObject({ ok: true });
    const section = await db.section.findFirstOrThrow({ where: { name } });
    expect(section.slug).toBe(name.toLowerCase().replace(/ /g, '-'));
    const last = await db.section.findFirstOrThrow({ orderBy: { position: 'desc' } });
    expect(last.id).toBe(section.id);
    expect(await auditCount('section.created')).toBe(before + 1);
  });

  it('get the next free slug when the name’s slug is taken, but refuse a typed slug that is taken', async () => {
    const viewer = await editor();
    const name = `Tides ${suffix()}`;
    await createSectionAction.run(viewer, { name, slug: '' }, context);
    expect(await createSectionAction.run(viewer, { name }, context)).toMatchObject({ ok: true });
    const slugs = (await db.section.findMany({ where: { name } })).map((s) => s.slug).sort();
    expect(slugs[1]).toBe(`${slugs[0]}-2`);

    const count = await db.section.count();
    expect(await createSectionAction.run(viewer, { name: 'Copy', slug: slugs[0] }, context)).toEqual({
      ok: false,
      status: 409,
      message: SECTION_SLUG_TAKEN,
      fieldErrors: { slug: [SECTION_SLUG_TAKEN] },
    });
    expect(await db.section.count()).toBe(count);
  });

  it('answer bad input with a message per field and change nothing', async () => {
    const viewer = await editor();
    const count = await db.section.count();
    const cases: [Record<string, string>, string, string][] = [
      [{ name: '', slug: 'fine' }, 'name', 'Enter a name.'],
      [{ name: '   ', slug: 'fine' }, 'name', 'Enter a name.'],
      [{ name: 'Long slug', slug: 'a'.repeat(10_000) }, 'slug', SLUG_TOO_LONG],
      [{ name: 'Bad slug', slug: 'no spaces here' }, 'slug', SLUG_FORMAT],
      [{ name: 'Bad slug', slug: '-edge-' }, 'slug', SLUG_FORMAT],
      [{ name: 'Long text', slug: '', description: 'x'.repeat(301) }, 'description', 'Use at most 300 characters for the description.'],
    ];
    for (const [input, field, message] of cases) {
      const result = await createSectionAction.run(viewer, input, context);
      expect(result, JSON.stringify(input).slice(0, 80)).toMatchObject({ ok: false, status: 400, fieldErrors: { [field]: [message] } });
    }
    expect(await createSectionAction.run(viewer, { name: '!!!', slug: '' }, context)).toMatchObject({ ok: false, fieldErrors: { slug: [NO_SLUG_FROM_NAME] } });
    expect(await createSectionAction.run(viewer, { name: 'Search', slug: 'search' }, context)).toMatchObject({
      ok: false,
      fieldErrors: { slug: [expect.stringContaining('belongs to the site itself')] },
    });
    expect(await db.section.count()).toBe(count);
  });

  it('take a typed slug in capitals as lower case', async () => {
    const viewer = await editor();
    const slug = `Coast-${suffix()}`;
    expect(await createSectionAction.run(viewer, { name: 'Coast', slug }, context)).toMatchObject({ ok: true });
    expect(await db.section.count({ where: { slug: slug.toLowerCase() } })).toBe(1);
  });

  it('are renamed, and may change slug while no article of theirs is published', async () => {
    const viewer = await editor();
    const section = await createSection('Old name');
    await createArticle({ sectionId: section.id, status: 'draft', publishedAt: null });
    const slug = `renamed-${suffix()}`;
    const result = await updateSectionAction.run(viewer, { sectionId: section.id, name: 'New name', slug, description: 'Now described.' }, context);
    expect(result).toMatchObject({ ok: true });
    expect(await db.section.findUniqueOrThrow({ where: { id: section.id } })).toMatchObject({ name: 'New name', slug, description: 'Now described.' });
  });

  it('keep their slug while they have a published article, and say why', async () => {
    const viewer = await editor();
    const section = await createSection('Live section');
    await createArticle({ sectionId: section.id });
    const result = await updateSectionAction.run(viewer, { sectionId: section.id, name: 'Live section', slug: `moved-${suffix()}` }, context);
    expect(result).toEqual({ ok: false, status: 409, message: SECTION_SLUG_LOCKED, fieldErrors: { slug: [SECTION_SLUG_LOCKED] } });
    expect((await db.section.findUniqueOrThrow({ where: { id: section.id } })).slug).toBe(section.slug);
    // Renaming alone is fine.
    expect(await updateSectionAction.run(viewer, { sectionId: section.id, name: 'Renamed live', slug: section.slug }, context)).toMatchObject({ ok: true });
    expect((await db.section.findUniqueOrThrow({ where: { id: section.id } })).name).toBe('Renamed live');
  });

  it('refuse a rename to another section’s slug, and an unknown id', async () => {
    const viewer = await editor();
    const [a, b] = [await createSection('A'), await createSection('B')];
    expect(await updateSectionAction.run(viewer, { sectionId: a.id, name: 'A', slug: b.slug }, context)).toMatchObject({
      ok: false,
      fieldErrors: { slug: [SECTION_SLUG_TAKEN] },
    });
    expect(await updateSectionAction.run(viewer, { sectionId: 'no-such-id', name: 'A', slug: '' }, context)).toMatchObject({
      ok: false,
      status: 404,
      fieldErrors: { sectionId: [SECTION_NOT_FOUND] },
    });
    expect((await db.section.findUniqueOrThrow({ where: { id: a.id } })).slug).toBe(a.slug);
  });

  it('move up and down the navigation, positions renumbered from 0', async () => {
    const viewer = await editor();
    const made: { id: string }[] = [];
    for (const name of ['First', 'Second', 'Third']) {
      const result = await createSectionAction.run(viewer, { name: `${name} ${suffix()}` }, context);
      expect(result.ok).toBe(true);
      made.push(await db.section.findFirstOrThrow({ orderBy: { position: 'desc' } }));
    }
    const [first, second, third] = made as [{ id: string }, { id: string }, { id: string }];
    const order = async () => {
      const all = await db.section.findMany({ orderBy: [{ position: 'asc' }, { name: 'asc' }] });
      return { ids: all.filter((s) => made.some((m) => m.id === s.id)).map((s) => s.id), positions: all.map((s) => s.position) };
    };
    expect(await moveSectionAction.run(viewer, { sectionId: third.id, direction: 'up' }, context)).toMatchObject({ ok: true });
    let now = await order();
    expect(now.ids).toEqual([first.id, third.id, second.id]);
    expect(now.positions).toEqual(now.positions.map((_, i) => i));

    expect(await moveSectionAction.run(viewer, { sectionId: first.id, direction: 'down' }, context)).toMatchObject({ ok: true });
    now = await order();
    expect(now.ids).toEqual([third.id, first.id, second.id]);
    // Already last: nothing moves.
    expect(await moveSectionAction.run(viewer, { sectionId: second.id, direction: 'down' }, context)).toMatchObject({ ok: true, message: expect.stringContaining('already last') });
    expect((await order()).ids).toEqual([third.id, first.id, second.id]);
    expect(await moveSectionAction.run(viewer, { sectionId: second.id, direction: 'sideways' }, context)).toMatchObject({ ok: false, fieldErrors: { direction: ['Choose up or down.'] } });
    expect(await auditCount('section.reordered')).toBeGreaterThanOrEqual(2);
  });

  it('are deleted only when no article is in them, drafts included', async () => {
    const viewer = await editor();
    const busy = await createSection('Busy');
    await createArticle({ sectionId: busy.id, status: 'draft', publishedAt: null });
    await createArticle({ sectionId: busy.id });
    const refused = await deleteSectionAction.run(viewer, { sectionId: busy.id }, context);
    expect(refused).toEqual({ ok: false, status: 409, message: 'Busy still has 2 articles. Move them to another section before deleting it.' });
    expect(await db.section.count({ where: { id: busy.id } })).toBe(1);

    const empty = await createSection('Empty');
    expect(await deleteSectionAction.run(viewer, { sectionId: empty.id }, context)).toMatchObject({ ok: true });
    expect(await db.section.count({ where: { id: empty.id } })).toBe(0);
    expect(await deleteSectionAction.run(viewer, { sectionId: empty.id }, context)).toMatchObject({ ok: false, status: 404 });
  });
});

describe('tags', () => {
  it('are created, and a taken slug is refused without a change', async () => {
    const viewer = await editor();
    const name = `Lighthouses ${suffix()}`;
    expect(await createTagAction.run(viewer, { name }, context)).toMatchObject({ ok: true });
    const tag = await db.tag.findFirstOrThrow({ where: { name } });
    const count = await db.tag.count();
    expect(await createTagAction.run(viewer, { name: 'Other', slug: tag.slug }, context)).toMatchObject({ ok: false, fieldErrors: { slug: [TAG_SLUG_TAKEN] } });
    expect(await createTagAction.run(viewer, { name: 'Other', slug: 'x'.repeat(10_000) }, context)).toMatchObject({ ok: false, fieldErrors: { slug: [SLUG_TOO_LONG] } });
    expect(await createTagAction.run(viewer, { name: '' }, context)).toMatchObject({ ok: false, fieldErrors: { name: ['Enter a name.'] } });
    expect(await db.tag.count()).toBe(count);
  });

  it('are renamed, and a new slug leaves a redirect from the old tag page', async () => {
    const viewer = await editor();
    const tag = await createTag('Ferries');
    const slug = `ferry-services-${suffix()}`;
    expect(await renameTagAction.run(viewer, { tagId: tag.id, name: 'Ferry services', slug }, context)).toMatchObject({ ok: true });
    expect(await db.tag.findUniqueOrThrow({ where: { id: tag.id } })).toMatchObject({ name: 'Ferry services', slug });
    expect(await db.redirect.findUnique({ where: { fromPath: `/tag/${tag.slug}` } })).toMatchObject({ toPath: `/tag/${slug}`, kind: 'tag' });
    expect(await renameTagAction.run(viewer, { tagId: 'missing', name: 'X' }, context)).toMatchObject({ ok: false, status: 404 });
  });

  it('merge: every article of the first gets the second once, and the first is gone, redirected', async () => {
    const viewer = await editor();
    const section = await createSection();
    const [from, into] = [await createTag('Gulls'), await createTag('Seabirds')];
    const onlyFrom = await createArticle({ sectionId: section.id, tagIds: [from.id] });
    const both = await createArticle({ sectionId: section.id, tagIds: [from.id, into.id] });
    const onlyInto = await createArticle({ sectionId: section.id, tagIds: [into.id] });
    const before = await auditCount('tag.merged');

    const result = await mergeTagsAction.run(viewer, { from: from.slug, into: into.slug }, context);
    expect(result).toEqual({ ok: true, message: 'Merged “Gulls” into “Seabirds”: 1 article retagged, 1 already had both.' });

    for (const article of [onlyFrom, both, onlyInto]) {
      const tags = await db.articleTag.findMany({ where: { articleId: article.id } });
      expect(tags.map((t) => t.tagId)).toEqual([into.id]);
    }
    expect(await db.tag.count({ where: { id: from.id } })).toBe(0);
    expect(await db.redirect.findUnique({ where: { fromPath: `/tag/${from.slug}` } })).toMatchObject({ toPath: `/tag/${into.slug}`, kind: 'tag' });
    expect(await auditCount('tag.merged')).toBe(before + 1);
  });

  it('merge by exact name or by a name that makes the slug, and repoint older redirects so none chains', async () => {
    const viewer = await editor();
    const old = await createTag('Old');
    const from = await createTag(`Storms ${suffix()}`);
    const weather = `Weather ${suffix()}`;
    const into = await db.tag.create({ data: { name: weather, slug: weather.toLowerCase().replace(' ', '-') } });
    await db.redirect.create({ data: { fromPath: `/tag/${old.slug}-gone`, toPath: `/tag/${from.slug}`, kind: 'tag' } });
    expect(await mergeTagsAction.run(viewer, { from: from.name, into: into.name.toUpperCase() }, context)).toMatchObject({ ok: true });
    expect((await db.redirect.findUniqueOrThrow({ where: { fromPath: `/tag/${old.slug}-gone` } })).toPath).toBe(`/tag/${into.slug}`);
  });

  it('refuse to merge a tag into itself or into an unknown tag, and change nothing', async () => {
    const viewer = await editor();
    const tag = await createTag('Piers');
    expect(await mergeTagsAction.run(viewer, { from: tag.slug, into: tag.slug }, context)).toEqual({
      ok: false,
      status: 400,
      message: MERGE_SAME_TAG,
      fieldErrors: { into: [MERGE_SAME_TAG] },
    });
    expect(await mergeTagsAction.run(viewer, { from: tag.slug, into: 'no-such-tag-anywhere' }, context)).toMatchObject({
      ok: false,
      status: 404,
      fieldErrors: { into: ['No tag is called “no-such-tag-anywhere”.'] },
    });
    expect(await mergeTagsAction.run(viewer, { from: '', into: tag.slug }, context)).toMatchObject({ ok: false, fieldErrors: { from: ['Name the tag to merge.'] } });
    expect(await db.tag.count({ where: { id: tag.id } })).toBe(1);
  });

  it('are deleted, and their articles simply lose them', async () => {
    const viewer = await editor();
    const section = await createSection();
    const tag = await createTag('Doomed');
    const article = await createArticle({ sectionId: section.id, tagIds: [tag.id] });
    expect(await deleteTagAction.run(viewer, { tagId: tag.id }, context)).toMatchObject({ ok: true });
    expect(await db.articleTag.count({ where: { articleId: article.id } })).toBe(0);
    expect(await db.article.count({ where: { id: article.id } })).toBe(1);
  });

  it('are listed 50 to a page, searched by name or slug', async () => {
    const marker = `zz${suffix()}`;
    for (let i = 0; i < 52; i++) await db.tag.create({ data: { slug: `${marker}-${String(i).padStart(2, '0')}`, name: `${marker.toUpperCase()} ${i}` } });
    const first = await listTagsForAdmin({ q: marker, page: 1 });
    expect(first).toMatchObject({ total: 52, pageCount: 2 });
    expect(first.rows).toHaveLength(50);
    expect((await listTagsForAdmin({ q: marker, page: 2 })).rows).toHaveLength(2);
  });
});

describe('findOrCreateTags (the editor’s inline tags)', () => {
  it('normalises names, matches case-insensitively by slug, reuses existing tags and keeps the order', async () => {
    const existing = await db.tag.create({ data: { slug: `fishing-${suffix()}`, name: 'Fishing' } });
    const fresh = `Net Mending ${suffix()}`;
    const ids = await findOrCreateTags([`  ${fresh.toUpperCase()} `, existing.slug.toUpperCase(), `${fresh}`, '!!!', '', `net   mending ${fresh.slice(-8)}`]);
    expect(ids).toHaveLength(2);
    const created = await db.tag.findUniqueOrThrow({ where: { id: ids[0] } });
    expect(created.name).toBe(fresh.toUpperCase());
    expect(created.slug).toBe(fresh.toLowerCase().replace(/ /g, '-'));
    expect(ids[1]).toBe(existing.id);
    // A second call finds the same rows.
    expect(await findOrCreateTags([fresh, existing.slug])).toEqual(ids);
  });

  it('takes back a tag page address that a merge had redirected', async () => {
    const viewer = await editor();
    const name = `Cormorants ${suffix()}`;
    const slug = name.toLowerCase().replace(' ', '-');
    const into = await createTag('Seabirds');
    await db.tag.create({ data: { name, slug } });
    expect(await mergeTagsAction.run(viewer, { from: slug, into: into.slug }, context)).toMatchObject({ ok: true });
    expect(await db.redirect.count({ where: { fromPath: `/tag/${slug}` } })).toBe(1);
    const [id] = await findOrCreateTags([name]);
    expect(await db.tag.findUniqueOrThrow({ where: { id } })).toMatchObject({ slug });
    expect(await db.redirect.count({ where: { fromPath: `/tag/${slug}` } })).toBe(0);
  });

  it('runs inside a transaction', async () => {
    const name = `Harbour Master ${suffix()}`;
    const ids = await db.$transaction((tx) => findOrCreateTags([name], tx));
    expect(await db.tag.findUniqueOrThrow({ where: { id: ids[0] } })).toMatchObject({ name });
  });
});

describe('author profiles', () => {
  it('are created with a bio in paragraphs and a photo', async () => {
    const viewer = await editor();
    const image = await db.image.create({ data: { path: `it/${suffix()}.jpg`, mimeType: 'image/jpeg', width: 10, height: 10, alt: 'A portrait' } });
    const name = `Maren Holt ${suffix()}`;
    const bio = 'Covers the harbour.  \r\n\r\n\r\n\r\nBefore that, the courts.\r\nAnd the council.';
    expect(await createAuthorAction.run(viewer, { name, jobTitle: 'Harbour reporter', bio, photoId: image.id }, context)).toMatchObject({ ok: true });
    expect(await db.author.findFirstOrThrow({ where: { name } })).toMatchObject({
      jobTitle: 'Harbour reporter',
      bio: 'Covers the harbour.\n\nBefore that, the courts.\nAnd the council.',
      photoId: image.id,
    });
  });

  it('refuse an unknown photo, a long bio and a taken slug, and change nothing', async () => {
    const viewer = await editor();
    const other = await createAuthor('Someone');
    const count = await db.author.count();
    expect(await createAuthorAction.run(viewer, { name: 'New', photoId: 'no-such-image' }, context)).toMatchObject({ ok: false, fieldErrors: { photoId: [PHOTO_NOT_FOUND] } });
    expect(await createAuthorAction.run(viewer, { name: 'New', bio: 'b'.repeat(2001) }, context)).toMatchObject({
      ok: false,
      fieldErrors: { bio: ['Use at most 2,000 characters for the bio.'] },
    });
    expect(await createAuthorAction.run(viewer, { name: 'New', slug: other.slug }, context)).toMatchObject({ ok: false, fieldErrors: { slug: [AUTHOR_SLUG_TAKEN] } });
    expect(await db.author.count()).toBe(count);
  });

  it('are edited; a new slug leaves a redirect from the old author page', async () => {
    const viewer = await editor();
    const author = await createAuthor('Ola Brenn');
    const slug = `ola-brenn-${suffix()}`;
    const result = await updateAuthorAction.run(viewer, { authorId: author.id, name: 'Ola Brenn', slug, jobTitle: 'Editor', bio: 'Edits.' }, context);
    expect(result).toMatchObject({ ok: true });
    expect(await db.author.findUniqueOrThrow({ where: { id: author.id } })).toMatchObject({ slug, jobTitle: 'Editor', bio: 'Edits.', photoId: null });
    expect(await db.redirect.findUnique({ where: { fromPath: `/author/${author.slug}` } })).toMatchObject({ toPath: `/author/${slug}`, kind: 'author' });
  });

  it('are deleted only when on no byline and not a newsroom account’s page', async () => {
    const viewer = await editor();
    const section = await createSection();
    const writer = await createAuthor('Busy Writer');
    await createArticle({ sectionId: section.id, status: 'draft', publishedAt: null, authorIds: [writer.id] });
    expect(await deleteAuthorAction.run(viewer, { authorId: writer.id }, context)).toMatchObject({ ok: false, status: 409, message: expect.stringContaining('1 article') });

    const account = await db.author.findUniqueOrThrow({ where: { id: viewer.authorId! } });
    expect(await deleteAuthorAction.run(viewer, { authorId: account.id }, context)).toMatchObject({ ok: false, status: 409, message: expect.stringContaining('newsroom account') });

    const idle = await createAuthor('Idle Writer');
    expect(await deleteAuthorAction.run(viewer, { authorId: idle.id }, context)).toMatchObject({ ok: true });
    expect(await db.author.count({ where: { id: { in: [writer.id, account.id, idle.id] } } })).toBe(2);
    expect(await auditCount('author.deleted')).toBeGreaterThanOrEqual(1);
  });
});

describe('permissions', () => {
  it('an author may not manage sections, tags or profiles', async () => {
    const viewer: Viewer = { ...(await editor()), role: 'author' };
    for (const action of [createSectionAction, createTagAction, createAuthorAction]) {
      expect(await action.run(viewer, { name: 'Nope' }, context)).toMatchObject({ ok: false, status: 403 });
    }
  });
});
