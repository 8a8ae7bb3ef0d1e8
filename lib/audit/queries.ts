import { db } from '@/lib/db/client';

export const AUDIT_PAGE_SIZE = 50;

export async function listAuditEvents(page: number) {
  const [total, rows] = await Promise.all([
    db.auditEvent.count(),
    db.auditEvent.findMany({
      orderBy: [{ createdAt: 'desc' }, { id: 'desc' }],
      skip: (page - 1) * AUDIT_PAGE_SIZE,
      take: AUDIT_PAGE_SIZE,
      select: { id: true, createdAt: true, actorLabel: true, action: true, summary: true, ipAddress: true, userAgent: true },
    }),
  ]);
  return { rows, page, pageCount: Math.max(1, Math.ceil(total / AUDIT_PAGE_SIZE)) };
}
