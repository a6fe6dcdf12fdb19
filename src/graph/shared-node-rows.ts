/**
 * The entities and trade facts a batch of documents names, one row each, however many of the
 * batch's documents name them: a hundred releases naming China update its node once, not a
 * hundred times. What the row holds is what writing the documents one by one would have
 * left: later documents' properties over earlier ones', every label and role, and the union
 * of the aliases in the order first seen.
 */

export interface EntityRowInput {
  id: string;
  type: string;
  props: Record<string, unknown>;
  aliases: string[];
}

export interface FactRowInput {
  id: string;
  reporter: string;
  partner: string | null;
  commodity: string | null;
  props: Record<string, unknown>;
}

export interface SharedNodeRows {
  entities: { id: string; types: string[]; props: Record<string, unknown>; aliases: string[] }[];
  facts: {
    id: string;
    props: Record<string, unknown>;
    reporters: string[];
    partners: string[];
    commodities: string[];
  }[];
}

export class SharedNodes {
  private readonly entities = new Map<string, SharedNodeRows["entities"][number]>();
  private readonly facts = new Map<string, SharedNodeRows["facts"][number]>();

  addEntity(e: EntityRowInput): void {
    const seen = this.entities.get(e.id);
    if (!seen) {
      this.entities.set(e.id, {
        id: e.id,
        types: [e.type],
        props: e.props,
        aliases: [...e.aliases],
      });
      return;
    }
    if (!seen.types.includes(e.type)) seen.types.push(e.type);
    seen.props = { ...seen.props, ...e.props };
    addNew(seen.aliases, e.aliases);
  }

  addFact(f: FactRowInput): void {
    const seen = this.facts.get(f.id);
    const reporters = [f.reporter];
    const partners = f.partner ? [f.partner] : [];
    const commodities = f.commodity ? [f.commodity] : [];
    if (!seen) {
      this.facts.set(f.id, { id: f.id, props: f.props, reporters, partners, commodities });
      return;
    }
    seen.props = { ...seen.props, ...f.props };
    addNew(seen.reporters, reporters);
    addNew(seen.partners, partners);
    addNew(seen.commodities, commodities);
  }

  rows(): SharedNodeRows {
    return { entities: [...this.entities.values()], facts: [...this.facts.values()] };
  }
}

function addNew(list: string[], more: readonly string[]): void {
  for (const item of more) if (!list.includes(item)) list.push(item);
}
