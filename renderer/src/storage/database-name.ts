// The drafts database's name, in a module of its own: the entry asks the browser to open the
// database (early-open.ts) before Dexie and the stores have arrived.
export const DATABASE_NAME = 'norms-drafter';
