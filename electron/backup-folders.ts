// The folder holding a draft's backups. Ids may differ only in case ("Note-A", "note-a") while
// folders on Windows and macOS ignore case: each capital is written as "^" and the small letter,
// so two drafts never share a folder and one's rotation never removes the other's backups. Ids
// the app makes (UUIDs) have no capitals: their folder is the id itself.
export function backupFolderName(draftId: string): string {
  return draftId.replace(/[A-Z]/g, (capital) => `^${capital.toLowerCase()}`);
}

/** The draft id whose backups a folder holds, or null for a name no id is written as. */
export function draftIdOfBackupFolder(name: string): string | null {
  if (!/^(?:\^[a-z]|[a-z0-9_-])+$/.test(name)) return null;
  return name.replace(/\^([a-z])/g, (_, small: string) => small.toUpperCase());
}
