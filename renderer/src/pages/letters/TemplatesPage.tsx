// Slot: the template library and its editor (letters capability).
export function TemplatesPage({ id }: { id?: number }) {
  void id;
  return null;
}
