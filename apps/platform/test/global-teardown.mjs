// Stops the embedded PostgreSQL that the global setup started, if it started one.
export default async function globalTeardown() {
  await globalThis.__embeddedPostgres?.stop();
}
