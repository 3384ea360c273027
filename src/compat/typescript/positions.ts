// Where consumers meet each exported type: as input (they build or implement it and hand it to the
// library) or as output (they receive and read it). Breaking changes flip with the direction.

import type { ts } from 'ts-morph';
import type { TsDeclaration } from '../../surface/typescript/model.ts';
import {
  ScriptTarget,
  createSourceFile,
  forEachChild,
  isCallSignatureDeclaration,
  isConstructorTypeNode,
  isFunctionTypeNode,
  isIdentifier,
  isMappedTypeNode,
  isMethodSignature,
  isTypeQueryNode,
  isTypeReferenceNode,
} from '../../surface/typescript/compiler-api.ts';

export interface Positions {
  input: boolean;
  output: boolean;
}

type Polarity = 'in' | 'out';
const flip = (p: Polarity): Polarity => (p === 'in' ? 'out' : 'in');

/** Names referenced by a printed type, each with the direction data flows through it. */
function referencedNames(typeText: string, polarity: Polarity, found: (name: string, p: Polarity) => void): void {
  if (!/[A-Za-z_$]/.test(typeText)) return;
  const sf = createSourceFile('t.ts', `type __ = ${typeText};`, ScriptTarget.Latest, false);
  const visit = (node: ts.Node, p: Polarity): void => {
    // `WS.ClientOptions` names another namespace's (often another package's) type, not ours.
    if (isTypeReferenceNode(node) && isIdentifier(node.typeName)) {
      found(node.typeName.text, p);
    } else if (isTypeQueryNode(node) && isIdentifier(node.exprName)) {
      found(node.exprName.text, p);
    }
    // The keys of an object type (`[K in U]`, `Record<U, V>`): an object the consumer builds must
    // have every key and no other (a literal's extra keys are rejected), so both directions break
    // it; an object the consumer reads loses readers only when keys go, as an input union does.
    const keys = isMappedTypeNode(node)
      ? { keys: node.typeParameter.constraint, values: node.type }
      : isTypeReferenceNode(node) &&
          isIdentifier(node.typeName) &&
          node.typeName.text === 'Record' &&
          node.typeArguments?.length === 2
        ? { keys: node.typeArguments[0], values: node.typeArguments[1] }
        : undefined;
    if (keys) {
      if (keys.keys) {
        visit(keys.keys, 'in');
        if (p === 'in') visit(keys.keys, 'out');
      }
      if (keys.values) visit(keys.values, p);
      return;
    }
    if (
      isFunctionTypeNode(node) ||
      isConstructorTypeNode(node) ||
      isMethodSignature(node) ||
      isCallSignatureDeclaration(node)
    ) {
      // A callback's parameters are data the library hands to the consumer's function: flipped.
      for (const param of node.parameters) if (param.type) visit(param.type, flip(p));
      if (node.type) visit(node.type, p);
      return;
    }
    forEachChild(node, (child) => visit(child, p));
  };
  visit(sf.statements[0]!, polarity);
}

/** The positions of every exported type name, from how the old API uses it. */
export function computePositions(declarations: readonly TsDeclaration[]): Map<string, Positions> {
  const byName = new Map<string, TsDeclaration[]>();
  for (const d of declarations) {
    const list = byName.get(d.name) ?? [];
    list.push(d);
    byName.set(d.name, list);
  }
  const positions = new Map<string, Positions>();
  const queue: [string, Polarity][] = [];
  const mark = (name: string, p: Polarity) => {
    if (!byName.has(name)) return;
    const pos = positions.get(name) ?? { input: false, output: false };
    const key = p === 'in' ? 'input' : 'output';
    if (pos[key]) return;
    pos[key] = true;
    positions.set(name, pos);
    queue.push([name, p]);
  };
  // Printed types repeat across members (`string`, `Options`…): each is parsed once per direction.
  const parsed = new Map<string, [string, Polarity][]>();
  const refs = (typeText: string, p: Polarity): void => {
    const key = `${p}\u0000${typeText}`;
    let names = parsed.get(key);
    if (!names) {
      const list: [string, Polarity][] = [];
      referencedNames(typeText, p, (name, q) => list.push([name, q]));
      parsed.set(key, (names = list));
    }
    for (const [name, q] of names) mark(name, q);
  };
  const walkSignatureTypes = (d: TsDeclaration, p: Polarity) => {
    for (const sig of d.signatures ?? []) {
      for (const param of sig.parameters) refs(param.type, flip(p));
      refs(sig.returnType, p);
    }
  };
  const walkMembers = (d: TsDeclaration, p: Polarity) => {
    for (const m of d.members ?? []) {
      // Only what consumers outside the class can touch gives a type a position.
      if (m.visibility === 'private' || m.visibility === 'protected') continue;
      if (m.type) refs(m.type, p);
      for (const sig of m.signatures ?? []) {
        // Constructor parameters are always written by the consumer.
        const q = m.kind === 'constructor' ? 'out' : p;
        for (const param of sig.parameters) refs(param.type, flip(q));
        if (m.kind !== 'constructor') refs(sig.returnType, p);
      }
    }
    for (const h of d.heritage ?? []) refs(h.replace(/^(extends|implements) /, ''), p);
    if (d.kind === 'type') refs(d.signature.replace(/^.*?=\s*/, ''), p);
  };
  // Roots: what consumers call and read directly.
  for (const d of declarations) {
    if (d.kind === 'function') walkSignatureTypes(d, 'out');
    else if (d.kind === 'variable') refs(d.signature.replace(/^(const|let) [^:]*:\s*/, ''), 'out');
    else if (d.kind === 'class') {
      mark(d.name, 'out');
      walkMembers(d, 'out');
    }
  }
  while (queue.length > 0) {
    const [name, p] = queue.shift()!;
    // A class instance handed back to the library was still built by the library's own class:
    // consumers do not implement its methods, so its members keep their output reading.
    for (const d of byName.get(name) ?? []) if (d.kind !== 'class' || p === 'out') walkMembers(d, p);
  }
  return positions;
}

/** A type nothing in the API mentions could be used either way: assume both. */
export function positionsOf(map: Map<string, Positions>, name: string): Positions {
  const p = map.get(name);
  return p && (p.input || p.output) ? p : { input: true, output: true };
}
