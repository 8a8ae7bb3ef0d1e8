/** Text made safe in HTML or XML element content and in double-quoted attributes (feeds, e-mails). */
export const escapeHtml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
