/** The ids of the vault's prompts, for pasted prompt blocks: one pointing elsewhere keeps its words, not its link. */
export class KnownPrompts {
  private ids = new Set<string>();

  replace(prompts: readonly { id: string }[]): void {
    this.ids = new Set(prompts.map((prompt) => prompt.id));
  }

  has(id: string): boolean {
    return this.ids.has(id);
  }
}
