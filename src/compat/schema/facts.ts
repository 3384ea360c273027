// A fact is one difference between two schema nodes, stated in terms of the values they accept.
// Facts know nothing of direction: the rules decide what a narrowing means for a client.

export type FactKind =
  | 'type'
  | 'nullable'
  | 'enum'
  | 'bound'
  | 'pattern'
  | 'format'
  | 'default'
  | 'description'
  | 'property-added'
  | 'property-removed'
  | 'property-renamed'
  | 'became-required'
  | 'became-optional'
  | 'closed'
  | 'alternatives'
  | 'all-of'
  | 'conditional'
  | 'unknown-keyword'
  | 'unresolved'
  | 'deprecated';

/**
 * `narrowed`: some value the old node accepted is now rejected. `widened`: some value the new node
 * accepts was rejected before. `changed`: both may be true and the comparison cannot tell (a changed
 * pattern). `neutral`: the accepted values are unchanged (documentation, defaults).
 */
export type Effect = 'narrowed' | 'widened' | 'changed' | 'neutral';

export interface SchemaFact {
  kind: FactKind;
  effect: Effect;
  /** Where in the instance (the JSON value the schema describes): property names, `[]` for items. */
  path: string[];
  /** The keyword that changed, where one did. */
  keyword?: string;
  before?: unknown;
  after?: unknown;
  /** Plain words for the message: `minimum raised from 1 to 5`. */
  detail: string;
  /** property-added: the new property is required; property-removed: the old one was. */
  required?: boolean;
  /** property-added: the old object was closed; property-removed: the new object is closed. */
  closed?: boolean;
  /** property-added / became-required: the property declares a `default`. */
  hasDefault?: boolean;
  /** Candidate values at `path` that lie in the difference (tried first when looking for a witness). */
  probes?: unknown[];
  /**
   * Why the keyword-by-keyword reading may see a narrowing the whole schema does not have (a changed
   * pattern may be a generalization; an allOf restructured): such a fact needs a witness to be major.
   */
  uncertain?: string;
  /** property-renamed: why the pair is one property renamed (the same schema and what else ties the names). */
  evidence?: string;
  /** property-removed: a same-shape property added under a name with too little evidence to be called a rename. */
  possibleRename?: string;
  /** The schema nodes at `path` (not serialized; used to sample more candidates). */
  oldNode?: unknown;
  newNode?: unknown;
}

/** `input.query`, `output.items[].id`: a readable instance path. */
export function formatPath(root: string, path: readonly string[]): string {
  return path.reduce((text, segment) => (segment.startsWith('[') ? `${text}${segment}` : `${text}.${segment}`), root);
}
