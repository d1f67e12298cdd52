// Tests run server modules directly: the "server-only" mark is nothing here (see vitest.config.ts).
export {};
