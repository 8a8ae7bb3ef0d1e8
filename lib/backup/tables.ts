// What a backup holds, table by table, in the order a restore writes them (every row's references already there).
// Named here rather than derived from the schema, so that a new model is a decision: tests/unit/backup-tables.test.ts
// fails until each model of prisma/schema.prisma is either backed up or listed as passing state.
import type { Prisma } from '@/lib/db/generated/sqlite/client';

export type BackedUpTable = {
  model: Prisma.ModelName;
  /** Its primary key's fields: the order rows are read in, page by page. */
  key: string[];
  /**
   * Optional references to a table written later (a cycle: an author's photo was uploaded by a user, who may be that
   * author): written empty with the row, then filled in once every table is there.
   */
  deferred?: string[];
};

export const BACKED_UP_TABLES: BackedUpTable[] = [
  { model: 'Section', key: ['id'] },
  { model: 'Tag', key: ['id'] },
  { model: 'Author', key: ['id'], deferred: ['photoId'] },
  { model: 'User', key: ['id'] },
  { model: 'Account', key: ['id'] },
  { model: 'Image', key: ['id'] },
  { model: 'Article', key: ['id'] },
  { model: 'ArticleAuthor', key: ['articleId', 'authorId'] },
  { model: 'ArticleTag', key: ['articleId', 'tagId'] },
  { model: 'ArticleRevision', key: ['id'] },
  { model: 'ArticleUpdate', key: ['id'] },
  { model: 'LiveEntry', key: ['id'] },
  { model: 'LiveEntryRevision', key: ['id'] },
  { model: 'ArticleViewHour', key: ['articleId', 'hour'] },
  { model: 'ArticleViewSlot', key: ['articleId', 'slot'] },
  { model: 'ArticleViewDay', key: ['articleId', 'day'] },
  { model: 'SectionViewSlot', key: ['sectionId', 'slot'] },
  { model: 'SectionViewDay', key: ['sectionId', 'day'] },
  { model: 'HomepagePin', key: ['id'] },
  { model: 'Redirect', key: ['id'] },
  { model: 'Invitation', key: ['id'] },
  { model: 'AuditEvent', key: ['id'] },
  { model: 'ImportedItem', key: ['kind', 'source'] },
  { model: 'ImportRun', key: ['id'] },
  { model: 'Newsletter', key: ['id'] },
  { model: 'Subscriber', key: ['id'] },
  { model: 'Subscription', key: ['subscriberId', 'newsletterId'] },
  { model: 'Edition', key: ['id'] },
  { model: 'Delivery', key: ['id'] },
  { model: 'Commenter', key: ['id'] },
  // A reply after the comment it answers: ids are not in time order, so the parent is written empty and filled in.
  { model: 'Comment', key: ['id'], deferred: ['parentId'] },
  { model: 'CommentCount', key: ['articleId'] },
];

/**
 * Passing state, left out: signed-in sessions and sign-in verifications (everyone signs in again after a restore),
 * rate-limit counters, who has a story open right now, claims on work in progress, links to reset a password and
 * sign-ups and commenters' confirmation links not yet used (all expire within days).
 */
export const PASSING_TABLES: Prisma.ModelName[] = [
  'Session',
  'Verification',
  'RateLimiterFlexible',
  'EditingPresence',
  'WorkClaim',
  'PasswordReset',
  'SignupRequest',
  'CommentConfirmation',
];

/** The Prisma client's property for a model ("ArticleTag" → "articleTag"). */
export const delegateName = (model: string) => model[0]!.toLowerCase() + model.slice(1);
