// A sending instance on its own, for the test that kills one mid-send (tests/integration/newsletter-sending.test.ts):
// drains the newsletter queue to SMTP_URL, with the DATABASE_URL it is given.
import { drainDeliveries } from '@/lib/newsletters/send';

await drainDeliveries();
process.exit(0);
