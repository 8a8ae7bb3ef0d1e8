// Outside Next's renderer there is no cache to tag: domain code runs against the real database, and these
// calls become no-ops that record what a page would have been tagged with.
export const recordedTags: string[] = [];
export function cacheTag(...tags: string[]) {
  recordedTags.push(...tags);
}
export function cacheLife() {}
export function revalidateTag() {}
export function updateTag() {}
export function refresh() {}
export function revalidatePath() {}
