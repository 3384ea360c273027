import { createRequire as __mcpverCreateRequire } from "node:module";
import { fileURLToPath as __mcpverFileURLToPath } from "node:url";
import { dirname as __mcpverDirname } from "node:path";
const require = __mcpverCreateRequire(import.meta.url);
const __filename = __mcpverFileURLToPath(import.meta.url);
const __dirname = __mcpverDirname(__filename);
export const id = 407;
export const ids = [407];
export const modules = {

/***/ 61407:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  minimumTypeScript: () => (/* reexport */ minimum_version/* minimumTypeScript */.SY),
  moduleSpecifier: () => (/* reexport */ moduleSpecifier),
  readMinimumTypeScript: () => (/* reexport */ minimum_version/* readMinimumTypeScript */.Q1),
  runProbes: () => (/* reexport */ runProbes),
  ts: () => (/* reexport */ ts_morph.ts),
  typescriptAnalysis: () => (/* reexport */ typescriptAnalysis)
});

// EXTERNAL MODULE: ./node_modules/ts-morph/dist/ts-morph.js
var ts_morph = __webpack_require__(28721);
// EXTERNAL MODULE: ./src/surface/typescript/model.js
var model = __webpack_require__(50301);
// EXTERNAL MODULE: ./src/compat/typescript/external.js
var typescript_external = __webpack_require__(36634);
// EXTERNAL MODULE: ./src/surface/typescript/parsed-handover.js
var parsed_handover = __webpack_require__(23419);
// EXTERNAL MODULE: ./src/surface/typescript/shared-libs.js
var shared_libs = __webpack_require__(68544);
// EXTERNAL MODULE: ./src/surface/typescript/standardized-paths.js
var standardized_paths = __webpack_require__(10428);
;// CONCATENATED MODULE: ./src/compat/typescript/comparison-program.js
// One in-memory program holding both versions' declarations (`/old/…`, `/new/…`) and the generated
// consumer code; a single type-check pass answers every probe of a diff.





(0,shared_libs/* shareLibraryFiles */.e)();
(0,standardized_paths/* rememberStandardizedPaths */.z)();
const COMPARISON_COMPILER_OPTIONS = {
    target: ts_morph.ts.ScriptTarget.ES2022,
    module: ts_morph.ts.ModuleKind.ESNext,
    moduleResolution: ts_morph.ts.ModuleResolutionKind.Bundler,
    lib: ['lib.es2023.d.ts', 'lib.dom.d.ts'],
    strict: true,
    // The declarations' own errors were reported when the snapshot was taken; here only consumer code counts.
    skipLibCheck: true,
    noEmit: true,
    allowImportingTsExtensions: true,
    esModuleInterop: true,
    allowSyntheticDefaultImports: true,
    types: [],
    ...shared_libs/* PARSE_AS_TSC */.q,
};
/** The module specifier that the probe file uses for a declaration file of one side. */
function moduleSpecifier(side, dtsPath) {
    const stem = dtsPath
        .replace(/\.d\.ts$/, '')
        .replace(/\.d\.mts$/, '.mjs')
        .replace(/\.d\.cts$/, '.cjs');
    return `../${side}/${stem}`;
}
/** A file of blocks, each in a namespace of its own, with where each block is. */
function blockFile(header, blocks) {
    let text = `${header}\n`;
    const ranges = [];
    for (const block of blocks) {
        const start = text.length;
        text += `namespace ${block.id} {\n${block.code}\n}\n`;
        ranges.push({ id: block.id, start, end: text.length });
    }
    return { text, ranges };
}
/**
 * Type-check all blocks in one program; `header` holds the imports the blocks refer to (the file is
 * `/probe/probes.ts`); `modules` are whole files; `deferred` files are parsed with the rest and
 * checked only on request, so that a verdict can decide which further probes are worth checking.
 */
function runProbes(old, next, header, blocks, modules = [], deferred = []) {
    const project = new ts_morph/* Project */.MMY({
        useInMemoryFileSystem: true,
        compilerOptions: COMPARISON_COMPILER_OPTIONS,
        skipLoadingLibFiles: false,
    });
    const fs = project.getFileSystem();
    const external = (0,typescript_external/* externalMounts */.w)(old, next);
    for (const [side, surface] of [
        ['old', old],
        ['new', next],
    ]) {
        for (const [rel, text] of Object.entries(surface.files))
            fs.writeFileSync(`/${side}/${rel}`, text);
        // Dependencies' types that differ between the versions resolve per side (`/old/node_modules/zod/…`).
        for (const [rel, text] of Object.entries(external[side]))
            fs.writeFileSync(`/${side}/${rel}`, text);
    }
    // Identical ones once, above both (`/node_modules/zod/…`): one set of types for both versions.
    for (const [rel, text] of Object.entries(external.shared))
        fs.writeFileSync(`/${rel}`, text);
    const main = blockFile(header, blocks);
    const probe = project.createSourceFile('/probe/probes.ts', main.text);
    const later = new Map(deferred.map((f) => {
        const { text, ranges } = blockFile(f.header, f.blocks);
        return [f.id, { file: project.createSourceFile(`/probe/${f.id}.ts`, `${text}export {};\n`), ranges }];
    }));
    const moduleFiles = modules.map((m) => ({
        id: m.id,
        file: project.createSourceFile(`/probe/${m.id}.ts`, `${m.code}\nexport {};\n`),
    }));
    // The declaration files extracted in this process come parsed and bound (same options that matter:
    // target, strict, no const-enum preservation), instead of being parsed a second time.
    const program = (0,parsed_handover/* adoptParsedFiles */.HC)((fileName) => /^\/(?:(?:old|new)\/)?(.+)$/.exec(fileName)?.[1], () => {
        project.resolveSourceFileDependencies();
        return project.getProgram().compilerObject;
    });
    const errors = new Map();
    for (const { id, file } of moduleFiles) {
        const first = program
            .getSemanticDiagnostics(file.compilerNode)
            .find((d) => d.category === ts_morph.ts.DiagnosticCategory.Error);
        if (first)
            errors.set(id, ts_morph.ts.flattenDiagnosticMessageText(first.messageText, ' '));
    }
    const collect = (file, ranges) => {
        for (const d of [...program.getSyntacticDiagnostics(file), ...program.getSemanticDiagnostics(file)]) {
            if (d.category !== ts_morph.ts.DiagnosticCategory.Error || d.start === undefined)
                continue;
            // Blocks are in order, so a binary search would do; the counts are small enough for a scan.
            const range = ranges.find((r) => d.start >= r.start && d.start < r.end);
            if (range && !errors.has(range.id))
                errors.set(range.id, ts_morph.ts.flattenDiagnosticMessageText(d.messageText, ' '));
        }
    };
    collect(probe.compilerNode, main.ranges);
    const check = (fileIds) => {
        for (const id of fileIds) {
            const file = later.get(id);
            if (file)
                collect(file.file.compilerNode, file.ranges);
        }
    };
    return { errors, check };
}

// EXTERNAL MODULE: ./src/surface/typescript/entry-points.js
var entry_points = __webpack_require__(68294);
;// CONCATENATED MODULE: ./src/compat/typescript/dual-builds.js
// Dual packages ship each module twice (`x.d.ts` for require, `x.d.mts` for import). When both builds
// declare the same thing, a declaration in either is the same API and one probe answers for both.

const dualBuilds = new WeakMap();
/**
 * Whether the package ships each module twice (`x.d.ts` for require, `x.d.mts` for import) as the
 * same declarations: every file with a twin reads like it once specifiers lose their extensions.
 * Then the two builds declare the same types, and one probe answers for a declaration in both.
 */
function faithfulDualBuild(surface) {
    let known = dualBuilds.get(surface);
    if (known === undefined) {
        const byStem = new Map();
        for (const file of Object.keys(surface.files)) {
            const stem = (0,entry_points/* buildStem */.KZ)(file);
            if (stem !== file)
                byStem.set(stem, [...(byStem.get(stem) ?? []), file]);
        }
        const twins = [...byStem.values()].filter((files) => files.length > 1);
        known =
            twins.length > 0 &&
                twins.every(([first, ...rest]) => rest.every((f) => (0,entry_points/* withoutModuleExtensions */.FE)(surface.files[f]) === (0,entry_points/* withoutModuleExtensions */.FE)(surface.files[first])));
        dualBuilds.set(surface, known);
    }
    return known;
}
/**
 * What names a declaration's module for sharing probes between the pair `old`, `next`: the file
 * without its build's extension when both versions are faithful dual builds, the file otherwise.
 */
function moduleOf(old, next) {
    const dual = faithfulDualBuild(old) && faithfulDualBuild(next);
    return (file) => (dual && file !== undefined ? (0,entry_points/* buildStem */.KZ)(file) : file);
}

// EXTERNAL MODULE: ./src/compat/typescript/installed-classes.js
var installed_classes = __webpack_require__(30382);
// EXTERNAL MODULE: ./src/surface/typescript/compiler-api.js
var compiler_api = __webpack_require__(38666);
;// CONCATENATED MODULE: ./src/compat/typescript/positions.js
// Where consumers meet each exported type: as input (they build or implement it and hand it to the
// library) or as output (they receive and read it). Breaking changes flip with the direction.

const flip = (p) => (p === 'in' ? 'out' : 'in');
/** Names referenced by a printed type, each with the direction data flows through it. */
function referencedNames(typeText, polarity, found) {
    if (!/[A-Za-z_$]/.test(typeText))
        return;
    const sf = (0,compiler_api/* createSourceFile */.cy)('t.ts', `type __ = ${typeText};`, compiler_api/* ScriptTarget */.fk.Latest, false);
    const visit = (node, p) => {
        // `WS.ClientOptions` names another namespace's (often another package's) type, not ours.
        if ((0,compiler_api/* isTypeReferenceNode */.yZ)(node) && (0,compiler_api/* isIdentifier */._5)(node.typeName)) {
            found(node.typeName.text, p);
        }
        else if ((0,compiler_api/* isTypeQueryNode */.B5)(node) && (0,compiler_api/* isIdentifier */._5)(node.exprName)) {
            found(node.exprName.text, p);
        }
        // The keys of an object type (`[K in U]`, `Record<U, V>`): an object the consumer builds must
        // have every key and no other (a literal's extra keys are rejected), so both directions break
        // it; an object the consumer reads loses readers only when keys go, as an input union does.
        const keys = (0,compiler_api/* isMappedTypeNode */.ME)(node)
            ? { keys: node.typeParameter.constraint, values: node.type }
            : (0,compiler_api/* isTypeReferenceNode */.yZ)(node) &&
                (0,compiler_api/* isIdentifier */._5)(node.typeName) &&
                node.typeName.text === 'Record' &&
                node.typeArguments?.length === 2
                ? { keys: node.typeArguments[0], values: node.typeArguments[1] }
                : undefined;
        if (keys) {
            if (keys.keys) {
                visit(keys.keys, 'in');
                if (p === 'in')
                    visit(keys.keys, 'out');
            }
            if (keys.values)
                visit(keys.values, p);
            return;
        }
        if ((0,compiler_api/* isFunctionTypeNode */.VQ)(node) ||
            (0,compiler_api/* isConstructorTypeNode */.vq)(node) ||
            (0,compiler_api/* isMethodSignature */.yr)(node) ||
            (0,compiler_api/* isCallSignatureDeclaration */.$i)(node)) {
            // A callback's parameters are data the library hands to the consumer's function: flipped.
            for (const param of node.parameters)
                if (param.type)
                    visit(param.type, flip(p));
            if (node.type)
                visit(node.type, p);
            return;
        }
        (0,compiler_api/* forEachChild */.dK)(node, (child) => visit(child, p));
    };
    visit(sf.statements[0], polarity);
}
/** The positions of every exported type name, from how the old API uses it. */
function computePositions(declarations) {
    const byName = new Map();
    for (const d of declarations) {
        const list = byName.get(d.name) ?? [];
        list.push(d);
        byName.set(d.name, list);
    }
    const positions = new Map();
    const queue = [];
    const mark = (name, p) => {
        if (!byName.has(name))
            return;
        const pos = positions.get(name) ?? { input: false, output: false };
        const key = p === 'in' ? 'input' : 'output';
        if (pos[key])
            return;
        pos[key] = true;
        positions.set(name, pos);
        queue.push([name, p]);
    };
    // Printed types repeat across members (`string`, `Options`…): each is parsed once per direction.
    const parsed = new Map();
    const refs = (typeText, p) => {
        const key = `${p}\u0000${typeText}`;
        let names = parsed.get(key);
        if (!names) {
            const list = [];
            referencedNames(typeText, p, (name, q) => list.push([name, q]));
            parsed.set(key, (names = list));
        }
        for (const [name, q] of names)
            mark(name, q);
    };
    const walkSignatureTypes = (d, p) => {
        for (const sig of d.signatures ?? []) {
            for (const param of sig.parameters)
                refs(param.type, flip(p));
            refs(sig.returnType, p);
        }
    };
    const walkMembers = (d, p) => {
        for (const m of d.members ?? []) {
            // Only what consumers outside the class can touch gives a type a position.
            if (m.visibility === 'private' || m.visibility === 'protected')
                continue;
            if (m.type)
                refs(m.type, p);
            for (const sig of m.signatures ?? []) {
                // Constructor parameters are always written by the consumer.
                const q = m.kind === 'constructor' ? 'out' : p;
                for (const param of sig.parameters)
                    refs(param.type, flip(q));
                if (m.kind !== 'constructor')
                    refs(sig.returnType, p);
            }
        }
        for (const h of d.heritage ?? [])
            refs(h.replace(/^(extends|implements) /, ''), p);
        if (d.kind === 'type')
            refs(d.signature.replace(/^.*?=\s*/, ''), p);
    };
    // Roots: what consumers call and read directly.
    for (const d of declarations) {
        if (d.kind === 'function')
            walkSignatureTypes(d, 'out');
        else if (d.kind === 'variable')
            refs(d.signature.replace(/^(const|let) [^:]*:\s*/, ''), 'out');
        else if (d.kind === 'class') {
            mark(d.name, 'out');
            walkMembers(d, 'out');
        }
    }
    while (queue.length > 0) {
        const [name, p] = queue.shift();
        // A class instance handed back to the library was still built by the library's own class:
        // consumers do not implement its methods, so its members keep their output reading.
        for (const d of byName.get(name) ?? [])
            if (d.kind !== 'class' || p === 'out')
                walkMembers(d, p);
    }
    return positions;
}
/** A type nothing in the API mentions could be used either way: assume both. */
function positionsOf(map, name) {
    const p = map.get(name);
    return p && (p.input || p.output) ? p : { input: true, output: true };
}

// EXTERNAL MODULE: ./src/compat/typescript/probes.js + 1 modules
var probes = __webpack_require__(98011);
// EXTERNAL MODULE: ./src/compat/typescript/witness.js
var witness = __webpack_require__(59706);
// EXTERNAL MODULE: ./src/compat/schema/renames.js
var renames = __webpack_require__(60706);
;// CONCATENATED MODULE: ./src/compat/typescript/analysis.js
// The comparison of two TypeScript surfaces that every `ts-*` rule reads: declarations matched by
// entry and name, renames found, and each probe's verdict from one type-check of both versions.








const keyOf = (d) => `${d.entry}\u0000${d.name}`;
/** The declaration text with its own name taken out, to recognize a rename. */
function shape(d) {
    return `${d.kind}:${d.signature.split(d.name).join('\u0001')}`;
}
/** What a declaration says about itself: its doc comment and its deprecation note. */
const selfDescription = (d) => [d.docs, d.tags.deprecated ? `deprecated: ${d.tags.deprecated}` : ''].filter(Boolean).join(' ') || undefined;
/** Renames: per entry, a removed and an added export with the same shape and enough evidence (renames.ts). */
function findRenames(analysis) {
    for (const entry of new Set(analysis.removed.map((r) => r.declaration.entry))) {
        const removed = analysis.removed.filter((r) => r.declaration.entry === entry);
        const added = analysis.added.filter((a) => a.entry === entry);
        const old = new Map(removed.map((r) => [r.declaration.name, r]));
        const next = new Map(added.map((a) => [a.name, a]));
        const side = (d) => ({
            name: d.name,
            ...(selfDescription(d) ? { description: selfDescription(d) } : {}),
        });
        const match = (0,renames/* matchRenames */.jd)(removed.map((r) => side(r.declaration)), added.map(side), (from, to) => shape(old.get(from).declaration) === shape(next.get(to)), 
        // A signature with parameters or a type with members is specific; a bare `const x: string` is not.
        (from) => {
            const d = old.get(from).declaration;
            return (d.signatures ?? []).some((sig) => sig.parameters.length > 0) || (d.members ?? []).length > 0;
        });
        for (const rename of match.renames)
            analysis.renames.push({
                from: old.get(rename.from),
                to: next.get(rename.to),
                evidence: (0,renames/* evidenceLine */.OF)(rename, 'the same declaration'),
            });
        analysis.possibleRenames.push(...match.possible);
    }
}
function differs(a, b) {
    return (a.signature !== b.signature ||
        a.shapeHash !== b.shapeHash ||
        a.docs !== b.docs ||
        JSON.stringify(a.tags) !== JSON.stringify(b.tags) ||
        a.kind !== b.kind ||
        !!a.any !== !!b.any ||
        sameMeanings(a, b) === false);
}
/** `export type { Client }` keeps the declaration and drops its value. */
function sameMeanings(a, b) {
    return a.meanings.join() === b.meanings.join();
}
function analyze(oldSnapshot, newSnapshot) {
    const old = (0,model/* asTypeScriptData */.C)(oldSnapshot.typescript);
    if (!old)
        return null;
    // A version that had TypeScript entry points and now has none (types no longer shipped) is read
    // as an empty API, so that ts-types-missing reports it instead of nothing being compared.
    const next = (0,model/* asTypeScriptData */.C)(newSnapshot.typescript) ?? {
        entryPoints: {},
        declarations: [],
        files: {},
        from: 'dts',
        sourceHash: '',
    };
    const packageName = newSnapshot.package?.name || oldSnapshot.package?.name || 'your-package';
    const analysis = {
        old,
        new: next,
        packageName,
        oldVersion: oldSnapshot.package?.version ?? 'old',
        changed: [],
        removed: [],
        added: [],
        renames: [],
        possibleRenames: [],
        lostEntries: new Map(),
    };
    const newByKey = new Map(next.declarations.map((d) => [keyOf(d), d]));
    const oldByKey = new Map(old.declarations.map((d) => [keyOf(d), d]));
    const positions = computePositions(old.declarations);
    const pending = [];
    const entries = [...new Set([...old.declarations, ...next.declarations].map((d) => d.entry))].sort();
    const entryIndex = new Map(entries.map((e, i) => [e, i]));
    // One declaration re-exported from many entries is probed once and its verdict shared; so is
    // one declared by both builds of a faithful dual package.
    const shared = new Map();
    const module = moduleOf(old, next);
    for (const d of old.declarations) {
        const n = newByKey.get(keyOf(d));
        if (!n) {
            const into = { name: 'usage', forward: 'invalid', reverse: 'not-checked' };
            if (old.entryPoints[d.entry] && next.entryPoints[d.entry])
                pending.push({ probe: (0,probes/* usageProbe */.aj)(d), entryIndex: entryIndex.get(d.entry), into });
            analysis.removed.push({ declaration: d, probe: into });
            continue;
        }
        if (!differs(d, n))
            continue;
        const pos = positionsOf(positions, d.name);
        const identity = `${module(d.declarationFile)}\u0000${d.name}\u0000${module(n.declarationFile)}\u0000${d.signature}\u0000${n.signature}`;
        let results = shared.get(identity);
        if (!results) {
            results = [];
            if (d.signature !== n.signature || d.kind !== n.kind || d.shapeHash !== n.shapeHash || !sameMeanings(d, n)) {
                for (const probe of (0,probes/* pairProbes */.Um)(d, n, pos)) {
                    const into = {
                        name: probe.name,
                        forward: 'invalid',
                        reverse: probe.reverse ? 'invalid' : 'not-checked',
                        ...(probe.note ? { note: probe.note } : {}),
                    };
                    results.push(into);
                    pending.push({ probe, entryIndex: entryIndex.get(d.entry), into });
                }
            }
            shared.set(identity, results);
        }
        analysis.changed.push({ entry: d.entry, name: d.name, old: d, new: n, positions: pos, probes: results, notes: [] });
    }
    analysis.added = next.declarations.filter((d) => !oldByKey.has(keyOf(d)));
    findRenames(analysis);
    for (const [subpath, file] of Object.entries(old.entryPoints)) {
        if (next.entryPoints[subpath] === undefined)
            analysis.lostEntries.set(subpath, { name: `entry:${file}`, forward: 'invalid', reverse: 'not-checked' });
    }
    if (pending.length > 0 || analysis.lostEntries.size > 0)
        checkProbes(analysis, pending, entries);
    // Informing probes leave the verdicts: what they found is a note on the pair.
    for (const pair of analysis.changed) {
        if (!pair.probes.some((p) => p.note !== undefined))
            continue;
        pair.notes = pair.probes.filter((p) => p.note !== undefined && p.forward === 'broken').map((p) => p.note);
        pair.probes = pair.probes.filter((p) => p.note === undefined);
    }
    return analysis;
}
function checkProbes(analysis, pending, entries) {
    const used = new Set(pending.map((p) => p.entryIndex));
    const entryIndex = new Map(entries.map((e, i) => [e, i]));
    const installed = (0,installed_classes/* installedClasses */.$Q)(analysis.old, analysis.new);
    for (const c of installed)
        used.add(entryIndex.get(c.entry));
    const entryImports = (i) => {
        const o = analysis.old.entryPoints[entries[i]];
        const n = analysis.new.entryPoints[entries[i]];
        // Default imports too: an `export =` module is reachable only that way (esModuleInterop).
        return [
            o
                ? `import * as O${i} from '${moduleSpecifier('old', o)}';\nimport O${i}__default from '${moduleSpecifier('old', o)}';`
                : '',
            n
                ? `import * as N${i} from '${moduleSpecifier('new', n)}';\nimport N${i}__default from '${moduleSpecifier('new', n)}';`
                : '',
        ].join('\n');
    };
    const imports = entries.map((_, i) => (used.has(i) ? entryImports(i) : '')).join('\n');
    const header = `${imports}\n${(0,installed_classes/* installedHelpers */.mH)(installed, (side, entry) => `${side}${entryIndex.get(entry)}`)}`;
    const blocks = [];
    // `PIN.default` is the default export; `PIN.defaultTimeout` is a named one.
    const defaultOf = (placeholder) => new RegExp(`${placeholder.replace(/[$]/g, '\\$&')}\\.default(?![\\w$])`, 'g');
    const variant = (code, pin, api) => (0,installed_classes/* withInstalledHelpers */.e7)(code, pin[0], api[0])
        .replace(defaultOf(probes/* PIN */.GI), `${pin}__default`)
        .replace(defaultOf(probes/* API */.nC), `${api}__default`)
        .split(`${probes/* PIN */.GI}.`)
        .join(`${pin}.`)
        .split(`${probes/* API */.nC}.`)
        .join(`${api}.`);
    // New code against either version (the reverse) only matters while old code still compiles: a
    // forward break already decides the level. Those blocks get a file each, checked on demand.
    const reverse = [];
    // Assignments checked as relations, written out again for the witness of a forward break.
    const written = [];
    // Where each probe's compilations are: block ids are only unique names, never read back.
    const checks = pending.map((p, i) => {
        const o = `O${p.entryIndex}`;
        const n = analysis.new.entryPoints[entries[p.entryIndex]] ? `N${p.entryIndex}` : undefined;
        const relation = (0,probes/* asRelation */.Lb)(p.probe.code);
        const code = relation ?? p.probe.code;
        const c = { probe: p, self: `P${i}_A` };
        blocks.push({ id: c.self, code: variant(code, o, o) });
        if (!n)
            return c;
        c.forward = `P${i}_B`;
        blocks.push({ id: c.forward, code: variant(code, o, n) });
        if (relation) {
            c.written = { file: `W${i}`, block: `P${i}_W` };
            written.push({
                id: c.written.file,
                header: `${installed_classes/* FORWARD_HELPERS */.Qf}\n${entryImports(p.entryIndex)}`,
                blocks: [{ id: c.written.block, code: variant(p.probe.code, o, n) }],
            });
        }
        if (p.probe.reverse) {
            c.reverse = { file: `R${i}`, self: `P${i}_C`, against: `P${i}_D` };
            const reverseBlocks = [
                { id: c.reverse.self, code: variant(code, n, n) },
                { id: c.reverse.against, code: variant(code, n, o) },
            ];
            reverse.push({
                id: c.reverse.file,
                header: `${installed_classes/* REVERSE_HELPERS */.xN}\n${entryImports(p.entryIndex)}`,
                blocks: reverseBlocks,
            });
        }
        return c;
    });
    // A lost entry point is imported by the path consumers use; the new side has nothing there.
    const modules = [];
    const lost = [...analysis.lostEntries].map(([subpath, result], i) => {
        // The probe is named after the declaration file the old entry point resolved to.
        const file = result.name.slice('entry:'.length);
        const entry = { subpath, result, old: `E${i}_A`, new: `E${i}_B` };
        modules.push({ id: entry.old, code: `import * as api from '${moduleSpecifier('old', file)}';` });
        modules.push({ id: entry.new, code: `import * as api from '${moduleSpecifier('new', file)}';` });
        return entry;
    });
    const run = runProbes(analysis.old, analysis.new, header, blocks, modules, [...reverse, ...written]);
    const { errors } = run;
    const failed = (id) => id !== undefined && errors.has(id);
    // An assignment decided as a relation is written out where it broke: the compiler's message for
    // the witness, and the last word if the two ever disagree.
    run.check(checks.filter((c) => c.written && failed(c.forward)).map((c) => c.written.file));
    const forwardError = (c) => errors.get((c.written?.block ?? c.forward));
    const forward = (c) => failed(c.self) ? 'invalid' : forwardError(c) !== undefined ? 'broken' : 'ok';
    const checked = checks.filter((c) => c.reverse && forward(c) !== 'broken');
    run.check(checked.map((c) => c.reverse.file));
    for (const { subpath, result, old, new: next } of lost) {
        const errB = errors.get(next);
        result.forward = errors.has(old) ? 'invalid' : errB ? 'broken' : 'ok';
        if (result.forward === 'broken' && errB) {
            const from = (0,witness/* importPath */.L)(analysis.packageName, subpath);
            result.witness = {
                kind: 'typescript',
                value: `import * as api from '${from}';`,
                error: errB.replace(/'\.\.\/new\/[^']*'/g, `'${from}'`),
            };
        }
    }
    const checkedSet = new Set(checked);
    for (const c of checks) {
        const p = c.probe;
        const errB = forwardError(c);
        p.into.forward = forward(c);
        if (p.probe.reverse) {
            // Not checked after a forward break; nothing to check where the new version lacks the entry.
            p.into.reverse = !c.reverse
                ? 'ok'
                : !checkedSet.has(c)
                    ? 'not-checked'
                    : failed(c.reverse.self)
                        ? 'invalid'
                        : failed(c.reverse.against)
                            ? 'broken'
                            : 'ok';
        }
        if (p.into.forward === 'broken' && errB) {
            const entry = entries[p.entryIndex];
            p.into.witness = (0,witness/* renderWitness */.K)({
                code: p.probe.code,
                packageName: analysis.packageName,
                entry,
                oldVersion: analysis.oldVersion,
                error: errB,
                installed,
            });
        }
    }
}
const memo = new WeakMap();
/** The analysis of a pair of snapshots, computed once however many rules ask. */
function typescriptAnalysis(old, next) {
    let inner = memo.get(old);
    if (!inner)
        memo.set(old, (inner = new WeakMap()));
    if (!inner.has(next))
        inner.set(next, analyze(old, next));
    return inner.get(next) ?? null;
}

// EXTERNAL MODULE: ./src/surface/typescript/minimum-version.js
var minimum_version = __webpack_require__(19453);
;// CONCATENATED MODULE: ./src/compat/typescript/engine-modules.js
// Everything of the TypeScript comparison that loads the compiler, gathered for engine.ts to import
// on demand (a bundle splits it into a chunk of its own). Only engine.ts imports this file.






/***/ })

};
