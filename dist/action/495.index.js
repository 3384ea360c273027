import { createRequire as __mcpverCreateRequire } from "node:module";
import { fileURLToPath as __mcpverFileURLToPath } from "node:url";
import { dirname as __mcpverDirname } from "node:path";
const require = __mcpverCreateRequire(import.meta.url);
const __filename = __mcpverFileURLToPath(import.meta.url);
const __dirname = __mcpverDirname(__filename);
export const id = 495;
export const ids = [495];
export const modules = {

/***/ 38666:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $i: () => (/* binding */ isCallSignatureDeclaration),
/* harmony export */   AI: () => (/* binding */ isPropertySignature),
/* harmony export */   B5: () => (/* binding */ isTypeQueryNode),
/* harmony export */   FM: () => (/* binding */ isConstTypeReference),
/* harmony export */   Fr: () => (/* binding */ createPrinter),
/* harmony export */   Iw: () => (/* binding */ isQualifiedName),
/* harmony export */   ME: () => (/* binding */ isMappedTypeNode),
/* harmony export */   O6: () => (/* binding */ isPropertyDeclaration),
/* harmony export */   Og: () => (/* binding */ isSetAccessorDeclaration),
/* harmony export */   PD: () => (/* binding */ isNamespaceImport),
/* harmony export */   Q8: () => (/* binding */ DiagnosticCategory),
/* harmony export */   Qt: () => (/* binding */ isMethodDeclaration),
/* harmony export */   RN: () => (/* binding */ getModifiers),
/* harmony export */   Ro: () => (/* binding */ isExportDeclaration),
/* harmony export */   Un: () => (/* binding */ isInterfaceDeclaration),
/* harmony export */   VQ: () => (/* binding */ isFunctionTypeNode),
/* harmony export */   Yz: () => (/* binding */ isNamedImports),
/* harmony export */   Z8: () => (/* binding */ isConstructorDeclaration),
/* harmony export */   ZF: () => (/* binding */ isRestTypeNode),
/* harmony export */   Ze: () => (/* binding */ isIndexSignatureDeclaration),
/* harmony export */   _5: () => (/* binding */ isIdentifier),
/* harmony export */   _e: () => (/* binding */ NodeFlags),
/* harmony export */   a6: () => (/* binding */ SyntaxKind),
/* harmony export */   bC: () => (/* binding */ isVariableDeclaration),
/* harmony export */   c8: () => (/* binding */ isSourceFile),
/* harmony export */   cy: () => (/* binding */ createSourceFile),
/* harmony export */   dK: () => (/* binding */ forEachChild),
/* harmony export */   ee: () => (/* binding */ isEnumDeclaration),
/* harmony export */   f8: () => (/* binding */ isPrivateIdentifier),
/* harmony export */   fk: () => (/* binding */ ScriptTarget),
/* harmony export */   gF: () => (/* binding */ isGetAccessorDeclaration),
/* harmony export */   hN: () => (/* binding */ isModuleDeclaration),
/* harmony export */   hp: () => (/* binding */ getJSDocTags),
/* harmony export */   hw: () => (/* binding */ isClassDeclaration),
/* harmony export */   hx: () => (/* binding */ isVariableDeclarationList),
/* harmony export */   ie: () => (/* binding */ isImportDeclaration),
/* harmony export */   ip: () => (/* binding */ isNamespaceExport),
/* harmony export */   jF: () => (/* binding */ isExpressionWithTypeArguments),
/* harmony export */   kL: () => (/* binding */ isTypeLiteralNode),
/* harmony export */   ks: () => (/* binding */ isNamedTupleMember),
/* harmony export */   lH: () => (/* binding */ canHaveModifiers),
/* harmony export */   lY: () => (/* binding */ getTextOfJSDocComment),
/* harmony export */   mH: () => (/* binding */ isVariableStatement),
/* harmony export */   mS: () => (/* binding */ isTypeParameterDeclaration),
/* harmony export */   mY: () => (/* binding */ isPropertyAccessExpression),
/* harmony export */   mk: () => (/* binding */ SymbolFlags),
/* harmony export */   mp: () => (/* binding */ getLeadingCommentRanges),
/* harmony export */   nC: () => (/* binding */ EmitHint),
/* harmony export */   nW: () => (/* binding */ isTypeOnlyImportOrExportDeclaration),
/* harmony export */   oG: () => (/* binding */ isModuleBlock),
/* harmony export */   oh: () => (/* binding */ isUnionTypeNode),
/* harmony export */   qB: () => (/* binding */ isExternalModule),
/* harmony export */   qX: () => (/* binding */ isArrayTypeNode),
/* harmony export */   qu: () => (/* binding */ isTypeAliasDeclaration),
/* harmony export */   rg: () => (/* binding */ isStringLiteral),
/* harmony export */   rt: () => (/* binding */ isClassExpression),
/* harmony export */   vq: () => (/* binding */ isConstructorTypeNode),
/* harmony export */   vu: () => (/* binding */ isFunctionDeclaration),
/* harmony export */   yZ: () => (/* binding */ isTypeReferenceNode),
/* harmony export */   yk: () => (/* binding */ isConstructSignatureDeclaration),
/* harmony export */   yr: () => (/* binding */ isMethodSignature)
/* harmony export */ });
/* harmony import */ var ts_morph__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(28721);
// The compiler API that runs on every node, as plain bindings. ts-morph hands TypeScript over as one
// object whose every export is a getter, so `ts.isIdentifier(node)`, or a `switch` over
// `ts.SyntaxKind.…` cases, calls a function before doing anything. In the walks over every node of
// a package, those calls cost more than the work they guard (the minimum-version walk ran 2.5 times
// slower); read once here, they are module constants.

const { DiagnosticCategory, EmitHint, NodeFlags, ScriptTarget, SymbolFlags, SyntaxKind, canHaveModifiers, createPrinter, createSourceFile, forEachChild, getJSDocTags, getLeadingCommentRanges, getModifiers, getTextOfJSDocComment, isArrayTypeNode, isCallSignatureDeclaration, isClassDeclaration, isClassExpression, isConstTypeReference, isConstructSignatureDeclaration, isConstructorDeclaration, isConstructorTypeNode, isEnumDeclaration, isExportDeclaration, isExpressionWithTypeArguments, isExternalModule, isFunctionDeclaration, isFunctionTypeNode, isGetAccessorDeclaration, isIdentifier, isImportDeclaration, isIndexSignatureDeclaration, isInterfaceDeclaration, isMappedTypeNode, isMethodDeclaration, isMethodSignature, isModuleBlock, isModuleDeclaration, isNamedImports, isNamedTupleMember, isNamespaceExport, isNamespaceImport, isPrivateIdentifier, isPropertyAccessExpression, isPropertyDeclaration, isPropertySignature, isQualifiedName, isRestTypeNode, isSetAccessorDeclaration, isSourceFile, isStringLiteral, isTypeAliasDeclaration, isTypeLiteralNode, isTypeOnlyImportOrExportDeclaration, isTypeParameterDeclaration, isTypeQueryNode, isTypeReferenceNode, isUnionTypeNode, isVariableDeclaration, isVariableDeclarationList, isVariableStatement, } = ts_morph__WEBPACK_IMPORTED_MODULE_0__.ts;


/***/ }),

/***/ 19453:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Q1: () => (/* binding */ readMinimumTypeScript),
/* harmony export */   SY: () => (/* binding */ minimumTypeScript)
/* harmony export */ });
/* unused harmony exports syntaxReasons, peerReason */
/* harmony import */ var semver__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(62088);
/* harmony import */ var ts_morph__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(28721);
/* harmony import */ var _compiler_api_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(38666);
// The oldest TypeScript compiler that can read a package's declarations: from syntax that needs a
// newer compiler (found by walking the AST), `peerDependencies.typescript`, and `typesVersions`.



const GLOBAL_TYPES_SINCE = {
    NoInfer: ['5.4.0', 'the NoInfer utility type'],
    Awaited: ['4.5.0', 'the Awaited utility type'],
    Uppercase: ['4.1.0', 'intrinsic string types (Uppercase)'],
    Lowercase: ['4.1.0', 'intrinsic string types (Lowercase)'],
    Capitalize: ['4.1.0', 'intrinsic string types (Capitalize)'],
    Uncapitalize: ['4.1.0', 'intrinsic string types (Uncapitalize)'],
};
const hasModifier = (node, kind) => (0,_compiler_api_js__WEBPACK_IMPORTED_MODULE_2__/* .canHaveModifiers */ .lH)(node) && ((0,_compiler_api_js__WEBPACK_IMPORTED_MODULE_2__/* .getModifiers */ .RN)(node) ?? []).some((m) => m.kind === kind);
const isArrayType = (t) => (0,_compiler_api_js__WEBPACK_IMPORTED_MODULE_2__/* .isArrayTypeNode */ .qX)(t) ||
    ((0,_compiler_api_js__WEBPACK_IMPORTED_MODULE_2__/* .isTypeReferenceNode */ .yZ)(t) && (0,_compiler_api_js__WEBPACK_IMPORTED_MODULE_2__/* .isIdentifier */ ._5)(t.typeName) && /^(Readonly)?Array$/.test(t.typeName.text));
/** `...string[]` in a tuple (a variadic `...T` could stand anywhere since 4.0; array rests only last until 4.2). */
const arrayRest = (e) => ((0,_compiler_api_js__WEBPACK_IMPORTED_MODULE_2__/* .isRestTypeNode */ .ZF)(e) && isArrayType(e.type)) || ((0,_compiler_api_js__WEBPACK_IMPORTED_MODULE_2__/* .isNamedTupleMember */ .ks)(e) && !!e.dotDotDotToken && isArrayType(e.type));
/** The parameter type of the setter paired with a getter in the same class, interface or type literal. */
function setterType(getter, sf) {
    const owner = getter.parent;
    const setter = owner?.members?.find((m) => (0,_compiler_api_js__WEBPACK_IMPORTED_MODULE_2__/* .isSetAccessorDeclaration */ .Og)(m) && m.name.getText(sf) === getter.name.getText(sf));
    return setter?.parameters[0]?.type?.getText(sf);
}
/** A feature found, with the TypeScript version that introduced it. */
const found = (version, detail) => ({ feature: [version, detail] });
/**
 * The syntax feature a node needs, with the TypeScript version that introduced it. A reference to
 * one of GLOBAL_TYPES_SINCE is returned with `global`: it counts only where the file does not
 * declare that name itself, which is known once the whole file has been walked.
 */
function featureOf(node, sf) {
    // One switch on the kind: this runs on every node of every declaration file.
    switch (node.kind) {
        case _compiler_api_js__WEBPACK_IMPORTED_MODULE_2__/* .SyntaxKind */ .a6.TypeParameter:
            if (hasModifier(node, _compiler_api_js__WEBPACK_IMPORTED_MODULE_2__/* .SyntaxKind */ .a6.ConstKeyword))
                return found('5.0.0', 'const type parameters');
            if (hasModifier(node, _compiler_api_js__WEBPACK_IMPORTED_MODULE_2__/* .SyntaxKind */ .a6.InKeyword) || hasModifier(node, _compiler_api_js__WEBPACK_IMPORTED_MODULE_2__/* .SyntaxKind */ .a6.OutKeyword))
                return found('4.7.0', 'in/out variance annotations');
            return undefined;
        case _compiler_api_js__WEBPACK_IMPORTED_MODULE_2__/* .SyntaxKind */ .a6.ImportClause:
            return node.phaseModifier === _compiler_api_js__WEBPACK_IMPORTED_MODULE_2__/* .SyntaxKind */ .a6.DeferKeyword
                ? found('5.9.0', 'import defer')
                : undefined;
        case _compiler_api_js__WEBPACK_IMPORTED_MODULE_2__/* .SyntaxKind */ .a6.ExportDeclaration: {
            const e = node;
            if (e.isTypeOnly && !e.exportClause)
                return found('5.0.0', 'export type *');
            if (e.attributes)
                return found('5.3.0', 'import attributes (with { … })');
            if (e.isTypeOnly)
                return found('3.8.0', 'export type');
            if (e.exportClause && (0,_compiler_api_js__WEBPACK_IMPORTED_MODULE_2__/* .isNamespaceExport */ .ip)(e.exportClause))
                return found('3.8.0', 'export * as ns');
            return undefined;
        }
        case _compiler_api_js__WEBPACK_IMPORTED_MODULE_2__/* .SyntaxKind */ .a6.ImportDeclaration: {
            const i = node;
            if (i.attributes)
                return found('5.3.0', 'import attributes (with { … })');
            if (i.importClause?.isTypeOnly)
                return found('3.8.0', 'import type');
            return undefined;
        }
        case _compiler_api_js__WEBPACK_IMPORTED_MODULE_2__/* .SyntaxKind */ .a6.PropertyDeclaration:
            return hasModifier(node, _compiler_api_js__WEBPACK_IMPORTED_MODULE_2__/* .SyntaxKind */ .a6.AccessorKeyword) ? found('4.9.0', 'accessor fields') : undefined;
        case _compiler_api_js__WEBPACK_IMPORTED_MODULE_2__/* .SyntaxKind */ .a6.InferType:
            return node.typeParameter.constraint
                ? found('4.7.0', 'infer … extends constraints')
                : undefined;
        case _compiler_api_js__WEBPACK_IMPORTED_MODULE_2__/* .SyntaxKind */ .a6.ImportSpecifier:
        case _compiler_api_js__WEBPACK_IMPORTED_MODULE_2__/* .SyntaxKind */ .a6.ExportSpecifier:
            return node.isTypeOnly
                ? found('4.5.0', 'type modifiers on import/export names')
                : undefined;
        case _compiler_api_js__WEBPACK_IMPORTED_MODULE_2__/* .SyntaxKind */ .a6.ConstructorType:
            return hasModifier(node, _compiler_api_js__WEBPACK_IMPORTED_MODULE_2__/* .SyntaxKind */ .a6.AbstractKeyword)
                ? found('4.2.0', 'abstract construct signatures')
                : undefined;
        case _compiler_api_js__WEBPACK_IMPORTED_MODULE_2__/* .SyntaxKind */ .a6.TemplateLiteralType:
            return found('4.1.0', 'template literal types');
        case _compiler_api_js__WEBPACK_IMPORTED_MODULE_2__/* .SyntaxKind */ .a6.MappedType:
            return node.nameType ? found('4.1.0', 'key remapping in mapped types (as)') : undefined;
        case _compiler_api_js__WEBPACK_IMPORTED_MODULE_2__/* .SyntaxKind */ .a6.NamedTupleMember:
            return found('4.0.0', 'labeled tuple elements');
        case _compiler_api_js__WEBPACK_IMPORTED_MODULE_2__/* .SyntaxKind */ .a6.RestType:
            return isArrayType(node.type) ? undefined : found('4.0.0', 'variadic tuple types');
        case _compiler_api_js__WEBPACK_IMPORTED_MODULE_2__/* .SyntaxKind */ .a6.TupleType:
            return node.elements.slice(0, -1).some(arrayRest)
                ? found('4.2.0', 'rest elements before the end of a tuple')
                : undefined;
        case _compiler_api_js__WEBPACK_IMPORTED_MODULE_2__/* .SyntaxKind */ .a6.IndexSignature: {
            const type = node.parameters[0]?.type;
            return type && type.kind !== _compiler_api_js__WEBPACK_IMPORTED_MODULE_2__/* .SyntaxKind */ .a6.StringKeyword && type.kind !== _compiler_api_js__WEBPACK_IMPORTED_MODULE_2__/* .SyntaxKind */ .a6.NumberKeyword
                ? found('4.4.0', 'index signatures for symbols, template literal patterns or unions')
                : undefined;
        }
        case _compiler_api_js__WEBPACK_IMPORTED_MODULE_2__/* .SyntaxKind */ .a6.GetAccessor: {
            const getter = node;
            if (getter.type && (setterType(getter, sf) ?? getter.type.getText(sf)) !== getter.type.getText(sf))
                return found('4.3.0', 'a setter whose type differs from its getter');
            return sf.isDeclarationFile ? found('3.6.0', 'accessors in declaration files') : undefined;
        }
        case _compiler_api_js__WEBPACK_IMPORTED_MODULE_2__/* .SyntaxKind */ .a6.SetAccessor:
            return sf.isDeclarationFile ? found('3.6.0', 'accessors in declaration files') : undefined;
        case _compiler_api_js__WEBPACK_IMPORTED_MODULE_2__/* .SyntaxKind */ .a6.PrivateIdentifier:
            return found('3.8.0', '#private class fields');
        case _compiler_api_js__WEBPACK_IMPORTED_MODULE_2__/* .SyntaxKind */ .a6.TypePredicate:
            return node.assertsModifier
                ? found('3.7.0', 'assertion signatures (asserts)')
                : undefined;
        case _compiler_api_js__WEBPACK_IMPORTED_MODULE_2__/* .SyntaxKind */ .a6.TypeReference: {
            const name = node.typeName;
            const since = (0,_compiler_api_js__WEBPACK_IMPORTED_MODULE_2__/* .isIdentifier */ ._5)(name) && Object.hasOwn(GLOBAL_TYPES_SINCE, name.text) ? GLOBAL_TYPES_SINCE[name.text] : undefined;
            return since ? { feature: since, global: name.text } : undefined;
        }
        default:
            return undefined;
    }
}
/** A name a file declares or imports itself: `type NoInfer<T> = …` of its own is not the library's. */
function declaredName(node) {
    switch (node.kind) {
        case _compiler_api_js__WEBPACK_IMPORTED_MODULE_2__/* .SyntaxKind */ .a6.TypeAliasDeclaration:
        case _compiler_api_js__WEBPACK_IMPORTED_MODULE_2__/* .SyntaxKind */ .a6.InterfaceDeclaration:
        case _compiler_api_js__WEBPACK_IMPORTED_MODULE_2__/* .SyntaxKind */ .a6.ClassDeclaration:
        case _compiler_api_js__WEBPACK_IMPORTED_MODULE_2__/* .SyntaxKind */ .a6.TypeParameter:
        case _compiler_api_js__WEBPACK_IMPORTED_MODULE_2__/* .SyntaxKind */ .a6.ImportSpecifier:
            return node.name?.text;
        default:
            return undefined;
    }
}
/**
 * Each feature's first occurrence in the declaration files (relative path → text). `parsed` holds
 * syntax trees the extraction already built for some of them (built declarations), read instead of
 * parsing the text again.
 */
function syntaxReasons(files, parsed) {
    const seen = new Map();
    for (const file of Object.keys(files).sort()) {
        const sf = parsed?.get(file) ??
            (0,_compiler_api_js__WEBPACK_IMPORTED_MODULE_2__/* .createSourceFile */ .cy)(file.endsWith('.ts') ? file : `${file}.d.ts`, files[file], _compiler_api_js__WEBPACK_IMPORTED_MODULE_2__/* .ScriptTarget */ .fk.Latest, true);
        // One walk: the names the file declares, and the features in the order they occur.
        const locals = new Set();
        const occurrences = [];
        const visit = (node) => {
            const name = declaredName(node);
            if (name !== undefined)
                locals.add(name);
            const feature = featureOf(node, sf);
            if (feature)
                occurrences.push([node, feature]);
            (0,_compiler_api_js__WEBPACK_IMPORTED_MODULE_2__/* .forEachChild */ .dK)(node, visit);
        };
        visit(sf);
        for (const [node, { feature, global }] of occurrences) {
            if (seen.has(feature[1]) || (global !== undefined && locals.has(global)))
                continue;
            seen.set(feature[1], {
                version: feature[0],
                source: 'syntax',
                detail: feature[1],
                location: { file, line: sf.getLineAndCharacterOfPosition(node.getStart(sf)).line + 1 },
            });
        }
    }
    return [...seen.values()];
}
/** The floor `peerDependencies.typescript` declares (`>=4.7` → 4.7.0); nothing for `*` or a bad range. */
function peerReason(peerDependencies) {
    const range = peerDependencies?.typescript;
    if (!range || !semver__WEBPACK_IMPORTED_MODULE_0__.validRange(range))
        return undefined;
    const min = semver__WEBPACK_IMPORTED_MODULE_0__.minVersion(range);
    if (!min || min.version === '0.0.0')
        return undefined;
    return {
        version: min.version,
        source: 'peerDependencies',
        detail: `peerDependencies.typescript "${range}"`,
        location: { file: 'package.json' },
    };
}
/**
 * `typesVersions` serves the declarations mcpver read (those the current compiler gets) only to the
 * compilers of the range that matched (`>=4.7`): older ones get other files, written for them. So
 * only syntax newer than that range's lower bound raises the floor (it breaks 4.7 … the feature).
 */
function typesVersionsCap(typesVersions) {
    if (typeof typesVersions !== 'object' || typesVersions === null)
        return undefined;
    const range = Object.keys(typesVersions).find((r) => semver__WEBPACK_IMPORTED_MODULE_0__.validRange(r) && semver__WEBPACK_IMPORTED_MODULE_0__.satisfies(ts_morph__WEBPACK_IMPORTED_MODULE_1__.ts.version, r, { includePrerelease: true }));
    if (!range)
        return undefined;
    const min = semver__WEBPACK_IMPORTED_MODULE_0__.minVersion(range);
    // A range that starts at 0 (`*`, `<5.0`) serves these declarations to every older compiler too.
    return min && min.version !== '0.0.0' ? { version: min.version, range } : undefined;
}
const byVersion = (a, b) => semver__WEBPACK_IMPORTED_MODULE_0__.rcompare(a.version, b.version);
/** The minimum TypeScript version of a package: its manifest and the declaration files read. */
function minimumTypeScript(manifest, files, parsed) {
    let syntax = syntaxReasons(files, parsed);
    const cap = typesVersionsCap(manifest.typesVersions);
    const reasons = [];
    if (cap) {
        syntax = syntax.filter((r) => semver__WEBPACK_IMPORTED_MODULE_0__.gt(r.version, cap.version));
        reasons.push({
            version: cap.version,
            source: 'typesVersions',
            detail: `typesVersions "${cap.range}" serves these declarations; older compilers get others`,
            location: { file: 'package.json' },
        });
    }
    const peer = peerReason(manifest.peerDependencies);
    reasons.push(...syntax, ...(peer ? [peer] : []));
    reasons.sort(byVersion);
    // The typesVersions entry explains what was left out, not a floor: the floor is the highest syntax or peer reason.
    const floors = reasons.filter((r) => r.source !== 'typesVersions');
    return { version: floors[0]?.version ?? '0.0.0', reasons };
}
/** The minimum a TypeScript surface records (`minimumTypeScript`), or nothing for snapshots taken before it was. */
function readMinimumTypeScript(surface) {
    const m = surface.minimumTypeScript;
    if (!m || typeof m.version !== 'string' || !semver__WEBPACK_IMPORTED_MODULE_0__.valid(m.version) || !Array.isArray(m.reasons))
        return undefined;
    return { version: m.version, reasons: m.reasons };
}


/***/ }),

/***/ 23419:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   HC: () => (/* binding */ adoptParsedFiles),
/* harmony export */   Pl: () => (/* binding */ takeParsedFile),
/* harmony export */   RJ: () => (/* binding */ offerParsedFiles)
/* harmony export */ });
/* harmony import */ var ts_morph__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(28721);
// Parsed and bound declaration files handed from a package's extraction to the diff's comparison
// program in the same process, so that a check does not parse and bind each version twice.

/**
 * Files offered by the last extractions, newest last. Two are kept (the old and the new version of
 * one diff); older offers are dropped, so that a long-running process holds no more than that.
 */
const offers = [];
const KEPT_OFFERS = 2;
/** The package-relative declaration files of one extraction whose kept text is their parsed text. */
function offerParsedFiles(files) {
    const offer = new Map();
    for (const [rel, file] of files)
        offer.set(rel, [...(offer.get(rel) ?? []), file]);
    offers.push(offer);
    while (offers.length > KEPT_OFFERS)
        offers.shift();
}
/** TypeScript's own extension stripping (internal, but what the binder names modules with). */
const removeFileExtension = ts_morph__WEBPACK_IMPORTED_MODULE_0__.ts.removeFileExtension;
/**
 * The program sets path and resolvedPath; ts-morph files a source file under its `fileName`; the
 * binder named the module after the old file name (`"/pkg/index"`), which the checker prints in
 * messages (`typeof import("…")`) and witnesses show.
 */
function rename(file, fileName) {
    const symbol = file.symbol;
    if (symbol && symbol.escapedName === `"${removeFileExtension(file.fileName)}"`)
        symbol.escapedName = `"${removeFileExtension(fileName)}"`;
    file.fileName = fileName;
}
let adopting;
/**
 * Run `build` (which creates a program's source files) taking offered files where `relOf` maps a
 * file name to a package-relative path whose offered text is the same. Each offered file goes to
 * one program file only: a file identical in both versions is two files of the comparison. The
 * offers are dropped afterwards.
 */
function adoptParsedFiles(relOf, build) {
    adopting = relOf;
    try {
        return build();
    }
    finally {
        adopting = undefined;
        // What the comparison did not take (modules no probe imports) would stay alive through its type-check.
        offers.length = 0;
    }
}
/**
 * The offered file for `fileName` with this text, renamed for the program that takes it; parsing
 * and binding depend only on the text and the options both programs share (see the callers).
 */
function takeParsedFile(fileName, settings, text) {
    const rel = adopting?.(fileName);
    if (rel === undefined)
        return undefined;
    let wanted;
    for (let i = offers.length - 1; i >= 0; i--) {
        const candidates = offers[i].get(rel);
        if (!candidates)
            continue;
        wanted ??= text();
        const at = candidates.findIndex((f) => f.text === wanted && f.languageVersion === (settings.target ?? ts_morph__WEBPACK_IMPORTED_MODULE_0__.ts.ScriptTarget.Latest));
        if (at < 0)
            continue;
        const file = candidates.splice(at, 1)[0];
        rename(file, fileName);
        return file;
    }
    return undefined;
}


/***/ }),

/***/ 68544:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   e: () => (/* binding */ shareLibraryFiles),
/* harmony export */   q: () => (/* binding */ PARSE_AS_TSC)
/* harmony export */ });
/* harmony import */ var _ts_morph_common__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(27779);
/* harmony import */ var ts_morph__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(28721);
/* harmony import */ var _parsed_handover_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(23419);
// One parsed copy of TypeScript's standard library files for every ts-morph project in the process.
// A check builds three programs (each version's extraction, then the comparison); each would parse
// and hold its own lib.dom.d.ts (about 2 MB of declarations) without this. The same hook hands a
// package's parsed declaration files from its extraction to the comparison (parsed-handover.ts).



/** Where ts-morph serves its bundled library files from, in every project. */
const LIB_FOLDER = '/node_modules/typescript/lib/lib.';
const cache = new Map();
const proto = _ts_morph_common__WEBPACK_IMPORTED_MODULE_0__.DocumentRegistry.prototype;
/**
 * The compiler option (unknown to TypeScript, which carries it along) by which a project asks for
 * its files to be parsed as tsc parses them: the extraction's and the comparison's. Other projects
 * in the process (the static MCP reader, the codemods) parse as ts-morph does.
 */
const PARSE_AS_TSC = { mcpverParseAsTsc: true };
/** The parse options of a file read without its doc comments (as tsc parses them). */
function parseOptions(settings) {
    return {
        languageVersion: settings.target ?? ts_morph__WEBPACK_IMPORTED_MODULE_1__.ts.ScriptTarget.Latest,
        jsDocParsingMode: ts_morph__WEBPACK_IMPORTED_MODULE_1__.ts.JSDocParsingMode.ParseForTypeErrors,
    };
}
/**
 * A file of a project that parses as tsc does. Doc comments are parsed only where they can change a
 * type error: the few tags the extraction reads are parsed on demand (jsdoc.ts). Parent pointers are
 * left to the binder, which sets them anyway (ts-morph's parse sets them first, a second walk over
 * every node); nothing reads a parent before the checker has bound the program.
 */
function parseAsTsc(fileName, settings, snapshot, kind) {
    return ts_morph__WEBPACK_IMPORTED_MODULE_1__.ts.createLanguageServiceSourceFile(fileName, snapshot, parseOptions(settings), '0', false, kind);
}
/**
 * Library files never change and binding them does not depend on the program, which is why
 * TypeScript's own document registry shares them between language services; ts-morph keeps one
 * registry per project, so the sharing is added here, keyed by file and language version.
 */
function shareLibraryFiles() {
    if (proto.__mcpverShared)
        return;
    proto.__mcpverShared = true;
    const original = proto.createOrUpdateSourceFile;
    proto.createOrUpdateSourceFile = function (fileName, settings, snapshot, kind) {
        if (!fileName.startsWith(LIB_FOLDER)) {
            const handed = (0,_parsed_handover_js__WEBPACK_IMPORTED_MODULE_2__/* .takeParsedFile */ .Pl)(fileName, settings, () => snapshot.getText(0, snapshot.getLength()));
            if (handed)
                return handed;
            return settings.mcpverParseAsTsc === true
                ? parseAsTsc(fileName, settings, snapshot, kind)
                : original.call(this, fileName, settings, snapshot, kind);
        }
        const key = `${fileName}\u0000${settings.target ?? ''}`;
        let file = cache.get(key);
        if (!file) {
            // Their doc comments are not parsed either: a quarter less memory and parse time for lib.dom.d.ts.
            file = ts_morph__WEBPACK_IMPORTED_MODULE_1__.ts.createLanguageServiceSourceFile(fileName, snapshot, parseOptions(settings), '0', true, kind);
            cache.set(key, file);
        }
        return file;
    };
}


/***/ }),

/***/ 10428:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   z: () => (/* binding */ rememberStandardizedPaths)
/* harmony export */ });
/* harmony import */ var _ts_morph_common__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(27779);
// ts-morph standardizes every path the compiler hands it (`path.normalize`, then slashes) afresh,
// and the compiler hands it the same few thousand paths again and again: each module resolution
// and file lookup asks for a canonical file name. That was a tenth of a second of a large check.

/** Beyond this many remembered paths, the memo starts over (a long-running process sees many packages). */
const MAX_REMEMBERED = 100_000;
const utils = _ts_morph_common__WEBPACK_IMPORTED_MODULE_0__.FileUtils;
/**
 * Remember the standardized form of absolute POSIX paths, which depends on the path alone (a
 * relative one also depends on the folder it is read from, and is standardized as before).
 */
function rememberStandardizedPaths() {
    if (utils.__mcpverRemembered)
        return;
    utils.__mcpverRemembered = true;
    const original = utils.getStandardizedAbsolutePath;
    const remembered = new Map();
    utils.getStandardizedAbsolutePath = (fileSystem, fileOrDirPath, relativeBase) => {
        if (!fileOrDirPath.startsWith('/'))
            return original.call(_ts_morph_common__WEBPACK_IMPORTED_MODULE_0__.FileUtils, fileSystem, fileOrDirPath, relativeBase);
        let standardized = remembered.get(fileOrDirPath);
        if (standardized === undefined) {
            if (remembered.size >= MAX_REMEMBERED)
                remembered.clear();
            standardized = original.call(_ts_morph_common__WEBPACK_IMPORTED_MODULE_0__.FileUtils, fileSystem, fileOrDirPath, relativeBase);
            remembered.set(fileOrDirPath, standardized);
        }
        return standardized;
    };
}


/***/ })

};
