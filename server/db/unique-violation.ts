/** Whether PostgreSQL refused a row because a unique index already holds its key. */
export const isUniqueViolation = (error: unknown) => (error as { code?: string } | null)?.code === '23505';
