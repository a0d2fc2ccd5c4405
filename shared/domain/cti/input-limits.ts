/**
 * Bounds checked before any pattern runs, so no softphone input can cost more than a few
 * microseconds: a real call URL is a few hundred characters, a MicroSIP command line a handful of arguments.
 */
export const MAX_CALL_URL_LENGTH = 2048;
export const MAX_ARGV_ITEMS = 64;
export const MAX_ARGV_ITEM_LENGTH = 2048;
/** More fields than any Zammad event has (with a generous user[] list). */
export const MAX_QUERY_FIELDS = 64;
