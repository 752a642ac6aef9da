/** One process starting against FEEDBACK_DB or DATABASE_URL at START_AT (ms): migrates, prints what it applied as JSON, exits. */
import { openStore } from '../../src/store/open.js';

// Processes started together still come up at different speeds: they all begin at START_AT.
const startAt = Number(process.env.START_AT ?? 0);
if (startAt > Date.now()) await new Promise((resolve) => setTimeout(resolve, startAt - Date.now()));

const { store, migrated } = await openStore({ feedbackDb: process.env.FEEDBACK_DB ?? '', databaseUrl: process.env.DATABASE_URL || null, logRetentionDays: 90 });
await store.close();
console.log(JSON.stringify(migrated));
