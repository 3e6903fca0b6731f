// Stands in for the `server-only` marker package outside Next.js (vitest runs plain Node).
export {};
