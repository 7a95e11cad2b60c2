// The benchmark measures Roster as it starts by default: a SQLite file and in-process events.
// scripts/bench.ts imports this first, before any module of src/ reads the environment
// (src/db/dialect.ts picks the dialect from DATABASE_URL as it loads); the servers inherit it.
delete process.env.DATABASE_URL;
delete process.env.REDIS_URL;
