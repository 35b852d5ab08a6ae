// The name last typed to clear a section, remembered on this installation so that the person
// who clears several sections types it once. Storage refused (private mode) only forgets it.
const KEY = 'norms-drafter:clearance-name';

export function rememberedName(): string {
  try {
    return localStorage.getItem(KEY) ?? '';
  } catch {
    return '';
  }
}

export function rememberName(name: string): void {
  try {
    localStorage.setItem(KEY, name.trim());
  } catch {
    // Nothing to do: the field is simply empty next time.
  }
}
