import { createRequire as __mcpverCreateRequire } from "node:module";
import { fileURLToPath as __mcpverFileURLToPath } from "node:url";
import { dirname as __mcpverDirname } from "node:path";
const require = __mcpverCreateRequire(import.meta.url);
const __filename = __mcpverFileURLToPath(import.meta.url);
const __dirname = __mcpverDirname(__filename);
export const id = 33;
export const ids = [33];
export const modules = {

/***/ 34033:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  NO_ENTRY_POINT_WARNING: () => (/* binding */ NO_ENTRY_POINT_WARNING),
  takeTypeScriptSurface: () => (/* binding */ takeTypeScriptSurface)
});

// UNUSED EXPORTS: TypeScriptSurfaceError, asTypeScriptData

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./node_modules/ts-morph/dist/ts-morph.js
var ts_morph = __webpack_require__(28721);
// EXTERNAL MODULE: ./src/surface/typescript/compiler-api.js
var compiler_api = __webpack_require__(38666);
;// CONCATENATED MODULE: ./src/surface/typescript/jsdoc.js
// JSDoc of a declaration: `@deprecated`, release tags (`@public` `@beta` `@alpha` `@internal`),
// `@hidden`, and the comment text itself so that doc-only edits can be told apart.

const RELEASE_TAGS = new Set(['public', 'beta', 'alpha', 'experimental', 'internal']);
/** The node a declaration's doc comment is written before: a variable's statement. */
function docHost(node) {
    return (0,compiler_api/* isVariableDeclaration */.bC)(node) &&
        (0,compiler_api/* isVariableDeclarationList */.hx)(node.parent) &&
        (0,compiler_api/* isVariableStatement */.mH)(node.parent.parent)
        ? node.parent.parent
        : node;
}
/** A doc comment that may hold one of the tags read here (the rest are never parsed). */
const TAGGED = /@(?:deprecated|public|beta|alpha|experimental|internal|hidden|ignore)(?![\w-])/;
/**
 * The tags of the doc comment that belongs to a node: the last `/** … *\/` before it, as TypeScript
 * reads it. The package's files are parsed without doc comments (most are never asked for, and
 * parsing them all costs a fifth of the parse); the few comments that carry a tag read here are
 * parsed on demand, before a stand-in statement so that the compiler attaches them as it would.
 */
function ownDocTags(node) {
    const host = docHost(node);
    const text = host.getSourceFile()?.text;
    if (text === undefined)
        return [];
    const ranges = (0,compiler_api/* getLeadingCommentRanges */.mp)(text, host.pos) ?? [];
    const doc = ranges.findLast(({ pos }) => text.startsWith('/**', pos) && !text.startsWith('/**/', pos));
    const comment = doc && text.slice(doc.pos, doc.end);
    if (!comment || !TAGGED.test(comment))
        return [];
    const stand = (0,compiler_api/* createSourceFile */.cy)('doc.ts', `${comment}\ndeclare const _: 0;`, compiler_api/* ScriptTarget */.fk.Latest, true);
    return (0,compiler_api/* getJSDocTags */.hp)(stand.statements[0]);
}
/** The tags that change what a declaration promises. */
function readTags(node) {
    const tags = {};
    for (const tag of ownDocTags(node)) {
        const name = tag.tagName.text;
        if (name === 'deprecated')
            tags.deprecated = ((0,compiler_api/* getTextOfJSDocComment */.lY)(tag.comment) ?? '').trim();
        else if (RELEASE_TAGS.has(name))
            tags.release ??= name;
        else if (name === 'hidden' || name === 'ignore')
            tags.hidden = true;
    }
    return tags;
}
/**
 * The doc comments of the declaration and of everything inside it (members, parameters),
 * whitespace-normalized, so that an edit to a member's documentation is seen too.
 */
function readDocs(node, file) {
    const host = (0,compiler_api/* isVariableDeclaration */.bC)(node) ? node.parent.parent : node;
    const text = file.text.slice(host.getFullStart(), host.getEnd());
    if (!text.includes('/**'))
        return '';
    return (text.match(/\/\*\*[\s\S]*?\*\//g) ?? []).join('\n').replace(/\s+/g, ' ').trim();
}

;// CONCATENATED MODULE: ./src/surface/typescript/describe.js
// Turns one declaration node of a `.d.ts` file into its recorded shape: normalized text, kind,
// signatures, members with modifiers, heritage. Purely syntactic: the checker is not needed here.


const printer = (0,compiler_api/* createPrinter */.Fr)({ removeComments: true, omitTrailingSemicolon: false });
/** Printed nodes: a declaration is printed for its signature and again for its shape fingerprint. */
const printed = new WeakMap();
/**
 * Printed text by source text: the printer's output depends on the node's text alone (and on the
 * file's language variant, under which `<T>(x: T) => x` parses otherwise), and most of it comes
 * twice, from the two builds of a dual package and from the two versions of one diff.
 */
const printedText = [new Map(), new Map()];
/** Beyond this many, the memo starts over (a long-running process reads many packages). */
const MAX_PRINTED_TEXTS = 200_000;
/** The declaration as text, comments removed and layout normalized to one line. */
function printNode(node, file) {
    let normalized = printed.get(node);
    if (normalized === undefined) {
        const source = file.text.slice(node.pos, node.end);
        const memo = printedText[file.languageVariant];
        normalized = memo.get(source);
        if (normalized === undefined) {
            if (memo.size >= MAX_PRINTED_TEXTS)
                memo.clear();
            normalized = normalize(printer.printNode(compiler_api/* EmitHint */.nC.Unspecified, node, file));
            memo.set(source, normalized);
        }
        printed.set(node, normalized);
    }
    return normalized;
}
function normalize(text) {
    let out = text;
    // Quote style is not API: 'a' and "a" must print alike or the same declaration looks changed.
    if (out.includes("'"))
        out = out.replace(/'((?:[^'"\\\n]|\\.)*)'/g, '"$1"');
    // Most printed nodes are one line already; the rest are collapsed to one.
    if (/\s\s|[^\S ]/.test(out))
        out = out.replace(/\s+/g, ' ');
    return withoutTrailingSemicolon(out);
}
/**
 * `text.replace(/\s*;\s*$/, '').trim()`, by hand: the regular expression is tried at every
 * position of the text, and this runs on every printed node.
 */
function withoutTrailingSemicolon(text) {
    const space = (at) => /\s/.test(text[at]);
    let end = text.length;
    while (end > 0 && space(end - 1))
        end--;
    if (end > 0 && text.charCodeAt(end - 1) === 59 /* ; */) {
        end--;
        while (end > 0 && space(end - 1))
            end--;
    }
    let start = 0;
    while (start < end && space(start))
        start++;
    return start === 0 && end === text.length ? text : text.slice(start, end);
}
function printType(node, file) {
    return node ? printNode(node, file) : 'any';
}
function hasModifier(node, kind) {
    return (0,compiler_api/* canHaveModifiers */.lH)(node) && ((0,compiler_api/* getModifiers */.RN)(node) ?? []).some((m) => m.kind === kind);
}
function visibilityOf(node) {
    if (hasModifier(node, compiler_api/* SyntaxKind */.a6.PrivateKeyword))
        return 'private';
    if (hasModifier(node, compiler_api/* SyntaxKind */.a6.ProtectedKeyword))
        return 'protected';
    return 'public';
}
/** Whether a namespace has a runtime value (anything but types inside). */
function isInstantiated(node) {
    const body = node.body;
    if (!body)
        return false;
    if ((0,compiler_api/* isModuleDeclaration */.hN)(body))
        return isInstantiated(body);
    if (!(0,compiler_api/* isModuleBlock */.oG)(body))
        return false;
    return body.statements.some((s) => !(0,compiler_api/* isInterfaceDeclaration */.Un)(s) &&
        !(0,compiler_api/* isTypeAliasDeclaration */.qu)(s) &&
        !(0,compiler_api/* isImportDeclaration */.ie)(s) &&
        !(0,compiler_api/* isExportDeclaration */.Ro)(s) &&
        (!(0,compiler_api/* isModuleDeclaration */.hN)(s) || isInstantiated(s)));
}
function kindOf(node) {
    if ((0,compiler_api/* isFunctionDeclaration */.vu)(node))
        return 'function';
    if ((0,compiler_api/* isClassDeclaration */.hw)(node))
        return 'class';
    if ((0,compiler_api/* isInterfaceDeclaration */.Un)(node))
        return 'interface';
    if ((0,compiler_api/* isTypeAliasDeclaration */.qu)(node))
        return 'type';
    if ((0,compiler_api/* isEnumDeclaration */.ee)(node))
        return hasModifier(node, compiler_api/* SyntaxKind */.a6.ConstKeyword) ? 'const-enum' : 'enum';
    if ((0,compiler_api/* isVariableDeclaration */.bC)(node))
        return 'variable';
    if ((0,compiler_api/* isModuleDeclaration */.hN)(node) || (0,compiler_api/* isSourceFile */.c8)(node))
        return 'namespace';
    return 'unknown';
}
function meaningsOf(kind, node) {
    switch (kind) {
        case 'class':
        case 'enum':
        case 'const-enum':
            return ['type', 'value'];
        case 'function':
        case 'variable':
            return ['value'];
        case 'interface':
        case 'type':
            return ['type'];
        case 'namespace':
            // A namespace holding only types has no runtime value.
            return (0,compiler_api/* isModuleDeclaration */.hN)(node) && !isInstantiated(node) ? ['namespace'] : ['namespace', 'value'];
        default:
            return [];
    }
}
function parameters(list, file) {
    const params = [];
    let thisType;
    for (const p of list) {
        const name = p.name.getText(file);
        if (name === 'this') {
            thisType = printType(p.type, file);
            continue;
        }
        params.push({
            name,
            type: printType(p.type, file),
            optional: !!p.questionToken || !!p.initializer,
            rest: !!p.dotDotDotToken,
        });
    }
    return thisType ? { params, thisType } : { params };
}
function typeParameters(list, file) {
    return (list ?? []).map((tp) => ({
        name: tp.name.text,
        ...(tp.constraint ? { constraint: printNode(tp.constraint, file) } : {}),
        ...(tp.default ? { default: printNode(tp.default, file) } : {}),
    }));
}
function signatureOf(node, file) {
    const { params, thisType } = parameters(node.parameters, file);
    return {
        parameters: params,
        returnType: (0,compiler_api/* isConstructorDeclaration */.Z8)(node) ? 'void' : printType(node.type, file),
        typeParameters: typeParameters(node.typeParameters, file),
        ...(thisType ? { thisType } : {}),
    };
}
function memberName(node, file) {
    if ((0,compiler_api/* isConstructorDeclaration */.Z8)(node))
        return 'constructor';
    if ((0,compiler_api/* isCallSignatureDeclaration */.$i)(node))
        return '()';
    if ((0,compiler_api/* isConstructSignatureDeclaration */.yk)(node))
        return 'new()';
    if ((0,compiler_api/* isIndexSignatureDeclaration */.Ze)(node))
        return `[${node.parameters.map((p) => printType(p.type, file)).join(', ')}]`;
    return node.name ? node.name.getText(file) : '';
}
function memberKind(node) {
    if ((0,compiler_api/* isPropertyDeclaration */.O6)(node) || (0,compiler_api/* isPropertySignature */.AI)(node))
        return 'property';
    if ((0,compiler_api/* isMethodDeclaration */.Qt)(node) || (0,compiler_api/* isMethodSignature */.yr)(node))
        return 'method';
    if ((0,compiler_api/* isConstructorDeclaration */.Z8)(node))
        return 'constructor';
    if ((0,compiler_api/* isGetAccessorDeclaration */.gF)(node))
        return 'get';
    if ((0,compiler_api/* isSetAccessorDeclaration */.Og)(node))
        return 'set';
    if ((0,compiler_api/* isIndexSignatureDeclaration */.Ze)(node))
        return 'index';
    if ((0,compiler_api/* isCallSignatureDeclaration */.$i)(node))
        return 'call';
    if ((0,compiler_api/* isConstructSignatureDeclaration */.yk)(node))
        return 'construct';
    return undefined;
}
/** Members of a class, interface or object type literal; overloads of one method are merged. */
function membersOf(elements, file) {
    const members = [];
    const byKey = new Map();
    for (const el of elements) {
        const kind = memberKind(el);
        if (!kind)
            continue;
        const name = memberName(el, file);
        // `#private` fields are not reachable from outside and carry no type in declarations.
        if (name.startsWith('#'))
            continue;
        const isStatic = hasModifier(el, compiler_api/* SyntaxKind */.a6.StaticKeyword);
        const key = `${isStatic ? 'static ' : ''}${kind === 'get' || kind === 'set' ? 'property' : kind}:${name}`;
        const signature = printNode(el, file);
        const sig = (0,compiler_api/* isMethodDeclaration */.Qt)(el) ||
            (0,compiler_api/* isMethodSignature */.yr)(el) ||
            (0,compiler_api/* isConstructorDeclaration */.Z8)(el) ||
            (0,compiler_api/* isCallSignatureDeclaration */.$i)(el) ||
            (0,compiler_api/* isConstructSignatureDeclaration */.yk)(el)
            ? signatureOf(el, file)
            : undefined;
        const existing = byKey.get(key);
        if (existing) {
            existing.signature += `; ${signature}`;
            if (sig)
                (existing.signatures ??= []).push(sig);
            // A getter without a setter is read-only; a setter next to it makes the property writable.
            if (kind === 'set')
                delete existing.readonly;
            continue;
        }
        const type = (0,compiler_api/* isPropertyDeclaration */.O6)(el) || (0,compiler_api/* isPropertySignature */.AI)(el)
            ? printType(el.type, file)
            : (0,compiler_api/* isGetAccessorDeclaration */.gF)(el)
                ? printType(el.type, file)
                : (0,compiler_api/* isSetAccessorDeclaration */.Og)(el)
                    ? printType(el.parameters[0]?.type, file)
                    : (0,compiler_api/* isIndexSignatureDeclaration */.Ze)(el)
                        ? printType(el.type, file)
                        : undefined;
        const member = {
            name,
            kind: kind === 'get' || kind === 'set' ? 'property' : kind,
            signature,
            ...(type !== undefined ? { type } : {}),
            ...(((0,compiler_api/* isPropertyDeclaration */.O6)(el) || (0,compiler_api/* isPropertySignature */.AI)(el) || (0,compiler_api/* isMethodDeclaration */.Qt)(el) || (0,compiler_api/* isMethodSignature */.yr)(el)) &&
                el.questionToken
                ? { optional: true }
                : {}),
            ...(hasModifier(el, compiler_api/* SyntaxKind */.a6.ReadonlyKeyword) || kind === 'get' ? { readonly: true } : {}),
            ...(isStatic ? { static: true } : {}),
            ...(hasModifier(el, compiler_api/* SyntaxKind */.a6.AbstractKeyword) ? { abstract: true } : {}),
            ...(visibilityOf(el) !== 'public' ? { visibility: visibilityOf(el) } : {}),
            ...(sig ? { signatures: [sig] } : {}),
            ...(readTags(el).deprecated !== undefined ? { deprecated: true } : {}),
        };
        byKey.set(key, member);
        members.push(member);
    }
    return members;
}
function heritageOf(node, file) {
    const out = [];
    for (const clause of node.heritageClauses ?? []) {
        const word = clause.token === compiler_api/* SyntaxKind */.a6.ExtendsKeyword ? 'extends' : 'implements';
        for (const t of clause.types)
            out.push(`${word} ${printNode(t, file)}`);
    }
    return out;
}
function enumMembers(node, file) {
    let next = 0;
    return node.members.map((m) => {
        // Declaration files spell out every value; sources may rely on auto-increment.
        let value = m.initializer ? printNode(m.initializer, file) : String(next);
        const numeric = value !== undefined && /^-?\d+$/.test(value) ? Number(value) : undefined;
        next = numeric !== undefined ? numeric + 1 : next + 1;
        if (!m.initializer && numeric === undefined)
            value = undefined;
        return {
            name: m.name.getText(file),
            kind: 'enum-member',
            signature: printNode(m, file),
            ...(value !== undefined ? { value } : {}),
        };
    });
}
/** The names a namespace declaration exports, as members. */
function namespaceMembers(node, file) {
    const members = [];
    const visit = (body) => {
        if (!body)
            return;
        if ((0,compiler_api/* isModuleDeclaration */.hN)(body))
            return visit(body.body);
        if (!(0,compiler_api/* isModuleBlock */.oG)(body))
            return;
        for (const s of body.statements) {
            // Inside `declare namespace`, every statement is exported unless the block uses `export` explicitly.
            const names = (0,compiler_api/* isVariableStatement */.mH)(s)
                ? s.declarationList.declarations.map((d) => d.name.getText(file))
                : 'name' in s && s.name && (0,compiler_api/* isIdentifier */._5)(s.name)
                    ? [s.name.text]
                    : [];
            for (const name of names)
                members.push({ name, kind: 'export', signature: printNode(s, file) });
        }
    };
    visit(node.body);
    return members;
}

;// CONCATENATED MODULE: ./src/surface/typescript/any-typed.js
// Whether an export is typed `any` (written so, or through a name that does not resolve): such an
// export is flagged, never called compatible by accident. The checker resolves the whole type, so
// it is asked only where the annotation could be `any` at all.


/**
 * Annotations whose type cannot be `any` whatever else they name: object, function and tuple types,
 * literals, keywords other than `any`, references to a class, interface or enum, and unions or
 * intersections of those. The rest (other references, conditional and indexed types, a missing
 * annotation) are asked of the checker, which resolves the whole type.
 */
function cannotBeAny(checker, type) {
    if (!type)
        return false;
    switch (type.kind) {
        case compiler_api/* SyntaxKind */.a6.TypeLiteral:
        case compiler_api/* SyntaxKind */.a6.MappedType:
        case compiler_api/* SyntaxKind */.a6.FunctionType:
        case compiler_api/* SyntaxKind */.a6.ConstructorType:
        case compiler_api/* SyntaxKind */.a6.TupleType:
        case compiler_api/* SyntaxKind */.a6.ArrayType:
        case compiler_api/* SyntaxKind */.a6.TypeOperator:
        case compiler_api/* SyntaxKind */.a6.LiteralType:
        case compiler_api/* SyntaxKind */.a6.TemplateLiteralType:
        case compiler_api/* SyntaxKind */.a6.StringKeyword:
        case compiler_api/* SyntaxKind */.a6.NumberKeyword:
        case compiler_api/* SyntaxKind */.a6.BooleanKeyword:
        case compiler_api/* SyntaxKind */.a6.BigIntKeyword:
        case compiler_api/* SyntaxKind */.a6.SymbolKeyword:
        case compiler_api/* SyntaxKind */.a6.ObjectKeyword:
        case compiler_api/* SyntaxKind */.a6.UnknownKeyword:
        case compiler_api/* SyntaxKind */.a6.NeverKeyword:
        case compiler_api/* SyntaxKind */.a6.VoidKeyword:
        case compiler_api/* SyntaxKind */.a6.UndefinedKeyword:
        case compiler_api/* SyntaxKind */.a6.TypePredicate:
            return true;
        case compiler_api/* SyntaxKind */.a6.ParenthesizedType:
            return cannotBeAny(checker, type.type);
        case compiler_api/* SyntaxKind */.a6.UnionType:
        case compiler_api/* SyntaxKind */.a6.IntersectionType:
            return type.types.every((t) => cannotBeAny(checker, t));
        case compiler_api/* SyntaxKind */.a6.TypeReference: {
            let symbol = checker.getSymbolAtLocation(type.typeName);
            if (symbol && symbol.flags & compiler_api/* SymbolFlags */.mk.Alias)
                symbol = checker.getAliasedSymbol(symbol);
            return !!symbol && (symbol.flags & (compiler_api/* SymbolFlags */.mk.Class | compiler_api/* SymbolFlags */.mk.Interface | compiler_api/* SymbolFlags */.mk.Enum)) !== 0;
        }
        default:
            return false;
    }
}
/** Whether an exported variable, type alias or function (its result) is typed `any`. */
function isAnyTyped(checker, node) {
    try {
        if (ts_morph/* Node */.bP0.isVariableDeclaration(node) || ts_morph/* Node */.bP0.isTypeAliasDeclaration(node)) {
            return !cannotBeAny(checker, node.compilerNode.type) && node.getType().isAny();
        }
        if (ts_morph/* Node */.bP0.isFunctionDeclaration(node))
            return !cannotBeAny(checker, node.compilerNode.type) && node.getReturnType().isAny();
    }
    catch {
        // A declaration the checker cannot type is reported by the diagnostics already.
    }
    return false;
}

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
;// CONCATENATED MODULE: ./src/surface/typescript/shape-hash.js
// A fingerprint of everything a declaration's shape depends on inside the package: its own text and,
// transitively, the declarations it references. An exported function whose parameter type is a
// non-exported `Options` changes when `Options` does, though its own text stays the same.



/** The declaration statement a node belongs to (a variable declaration prints with its statement). */
function printable(node) {
    return (0,compiler_api/* isVariableDeclaration */.bC)(node) && (0,compiler_api/* isVariableDeclarationList */.hx)(node.parent) ? node.parent.parent : node;
}
/** `follow` says which referenced declarations count: the package's own, not exported ones. */
function shapeHasher(checker, follow) {
    const memo = new Map();
    const inProgress = new Set();
    const referenced = (node) => {
        const found = new Set();
        const visit = (n) => {
            let name;
            if ((0,compiler_api/* isTypeReferenceNode */.yZ)(n))
                name = n.typeName;
            else if ((0,compiler_api/* isExpressionWithTypeArguments */.jF)(n))
                name = n.expression;
            else if ((0,compiler_api/* isTypeQueryNode */.B5)(n))
                name = n.exprName;
            if (name) {
                let symbol = checker.getSymbolAtLocation(name);
                if (symbol && symbol.flags & compiler_api/* SymbolFlags */.mk.Alias)
                    symbol = checker.getAliasedSymbol(symbol);
                for (const d of symbol?.declarations ?? []) {
                    // Type parameters, other packages' and exported declarations are compared by their own text.
                    if (!(0,compiler_api/* isTypeParameterDeclaration */.mS)(d) && follow(d) && d !== node)
                        found.add(d);
                }
            }
            (0,compiler_api/* forEachChild */.dK)(n, visit);
        };
        visit(node);
        return [...found];
    };
    const hash = (node) => {
        const known = memo.get(node);
        if (known !== undefined)
            return known;
        // A recursive type refers back to itself: its own text already stands for it.
        if (inProgress.has(node))
            return '';
        inProgress.add(node);
        // One string hashed at once: what an incremental hash fed the same parts would give.
        const text = [printNode(printable(node), node.getSourceFile()), ...referenced(node).map(hash).sort()].join('\0');
        inProgress.delete(node);
        const fingerprint = (0,external_node_crypto_.hash)('sha1', text, 'hex').slice(0, 16);
        memo.set(node, fingerprint);
        return fingerprint;
    };
    return { hash };
}

// EXTERNAL MODULE: ./src/surface/typescript/external-types.js
var external_types = __webpack_require__(30477);
// EXTERNAL MODULE: ./src/surface/typescript/parsed-handover.js
var parsed_handover = __webpack_require__(23419);
;// CONCATENATED MODULE: ./src/surface/typescript/strip.js
// The declaration files a snapshot keeps for the diff's type-check: the package's own `.d.ts`
// text, minus what makes classes nominal.

/**
 * Private and protected members make classes nominal: the old and the new `Server` would never be
 * assignable to each other even when nothing a consumer can touch changed. Consumers cannot use
 * them, so the declaration files kept for the diff drop them (visibility changes are recorded in
 * each declaration's members).
 */
function stripNominalMembers(fileName, text, parsed) {
    if (!/\b(private|protected)\b|#private/.test(text))
        return text;
    const sf = parsed ?? (0,compiler_api/* createSourceFile */.cy)(fileName, text, compiler_api/* ScriptTarget */.fk.Latest, false);
    const cuts = [];
    const visit = (node) => {
        if ((0,compiler_api/* isClassDeclaration */.hw)(node) || (0,compiler_api/* isClassExpression */.rt)(node)) {
            for (const member of node.members) {
                const hidden = (member.name && (0,compiler_api/* isPrivateIdentifier */.f8)(member.name)) ||
                    ((0,compiler_api/* canHaveModifiers */.lH)(member) &&
                        ((0,compiler_api/* getModifiers */.RN)(member) ?? []).some((m) => m.kind === compiler_api/* SyntaxKind */.a6.PrivateKeyword || m.kind === compiler_api/* SyntaxKind */.a6.ProtectedKeyword));
                if (hidden && !(0,compiler_api/* isConstructorDeclaration */.Z8)(member))
                    cuts.push([member.getFullStart(), member.getEnd()]);
            }
        }
        (0,compiler_api/* forEachChild */.dK)(node, visit);
    };
    visit(sf);
    if (cuts.length === 0)
        return text;
    let out = '';
    let at = 0;
    for (const [start, end] of cuts.sort((a, b) => a[0] - b[0])) {
        out += text.slice(at, start);
        at = end;
    }
    return out + text.slice(at);
}

// EXTERNAL MODULE: ./src/surface/dependency-pins.js
var dependency_pins = __webpack_require__(92822);
// EXTERNAL MODULE: ./src/surface/install.js
var install = __webpack_require__(37417);
;// CONCATENATED MODULE: ./src/surface/typescript/missing-modules.js
// "Cannot find module" for every import of every dependency is what the compiler says of a package
// whose dependencies are not installed (a fresh checkout, a static check): dozens of warnings that
// bury the errors worth reading. They are folded into one, which names the modules and what to do.





/** "Cannot find module 'x'" (2307), and the same with a hint about moduleResolution (2792). */
const MISSING_MODULE = new Set([2307, 2792]);
/** "Cannot find name 'process'. Do you need to install type definitions for node?" and its kin, and "Cannot find type definition file for 'node'". */
const MISSING_TYPES = new Set([2580, 2582, 2591, 2593, 2688]);
/** Module names listed in the line before the rest are counted. */
const SHOWN = 6;
/** The package a diagnostic says cannot be found, when it is one that is not installed. */
function missingPackage(d) {
    const text = ts_morph.ts.flattenDiagnosticMessageText(d.messageText, ' ');
    if (MISSING_MODULE.has(d.code))
        return (0,dependency_pins/* packageOfSpecifier */.AM)(/'([^']+)'/.exec(text)?.[1] ?? '.');
    if (!MISSING_TYPES.has(d.code))
        return undefined;
    const types = /type definitions for ([\w@/.-]+?)\?/.exec(text)?.[1] ?? /type definition file for '([^']+)'/.exec(text)?.[1];
    return types ? `@types/${types.replace(/^@([^/]+)\//, '$1__')}` : undefined;
}
/** Whether `name` is installed in a node_modules folder from `dir` up to the repository's root. */
function installed(name, dir, top) {
    for (let at = external_node_path_.resolve(dir);; at = external_node_path_.dirname(at)) {
        if ((0,external_node_fs_.existsSync)(external_node_path_.join(at, 'node_modules', name)))
            return true;
        if (at === top || external_node_path_.dirname(at) === at)
            return false;
    }
}
/** The command that installs this package's dependencies, from its lockfile; a generic one without. */
function installAdvice(dir, top) {
    const lockfile = (0,install/* findLockfile */.$M)(dir, top);
    const command = lockfile ? (0,install/* installCommand */.Je)(lockfile, dir, { scripts: false }).command : 'npm install';
    return `install the dependencies first (\`${command}\`; for \`mcpver check\`, \`install: ${command}\` in .github/mcpver.yml)`;
}
/**
 * Fold the diagnostics about modules and type definitions that are not installed into one warning:
 * which packages, how many imports, the first place, and what to do. A relative import that does
 * not resolve, or a package that is installed but still not found, stays an error of its own.
 */
function foldMissingModules(dir, diagnostics, relative) {
    const top = (0,install/* repositoryTop */.Ky)(dir);
    const rest = [];
    const packages = new Map();
    let first;
    const known = new Map();
    for (const d of diagnostics) {
        const name = missingPackage(d);
        const absent = name !== undefined && (known.get(name) ?? known.set(name, !installed(name, dir, top)).get(name));
        if (!absent) {
            rest.push(d);
            continue;
        }
        packages.set(name, (packages.get(name) ?? 0) + 1);
        first ??= d;
    }
    if (!first)
        return { rest };
    const names = [...packages.keys()];
    const count = [...packages.values()].reduce((a, b) => a + b, 0);
    const listed = names.length > SHOWN ? `${names.slice(0, SHOWN).join(', ')} and ${names.length - SHOWN} more` : names.join(', ');
    const where = first.file && first.start !== undefined
        ? (() => {
            const { line, character } = first.file.getLineAndCharacterOfPosition(first.start);
            return { file: relative(first.file.fileName), line: line + 1, column: character + 1 };
        })()
        : undefined;
    const one = names.length === 1;
    const imports = `${count} import${count === 1 ? '' : 's'}${where ? `, the first at ${where.file}:${where.line}` : ''}`;
    const message = (one
        ? `The package ${names[0]}, imported by the TypeScript, is not installed here (${imports})`
        : `${names.length} packages imported by the TypeScript are not installed here (${listed}; ${imports})`) +
        `: the types that come from ${one ? 'it' : 'them'} read as unknown, so changes to them cannot be seen. To compare them, ${installAdvice(dir, top)}.`;
    return { rest, warning: { part: 'typescript', message, ...(where ? { location: where } : {}) } };
}

;// CONCATENATED MODULE: ./src/surface/typescript/unresolved-names.js
// The check of large packages' declarations (program.ts, `names`): names and module specifiers that
// resolve to nothing, which is what makes types silently unknown, found without a full type-check.

/** The checker answers an unresolved name with its "unknown" symbol, which has no declarations. */
function resolves(symbol) {
    return symbol !== undefined && (symbol.declarations?.length ?? 0) > 0;
}
/** What the binder declared at a file's top level, imports included: names that resolve anywhere in it. */
function fileLocals(file) {
    return file.locals;
}
/**
 * Whether every declaration of a symbol is global: at the top of a script (the standard library, a
 * global declaration file) or of a `declare global` block. Such a name resolves from any file; a
 * type parameter, a namespace's member or a module's own declaration does not.
 */
function isGlobal(symbol) {
    return (symbol.declarations ?? []).every((d) => {
        const scope = ((0,compiler_api/* isVariableDeclaration */.bC)(d) ? d.parent.parent : d).parent;
        if ((0,compiler_api/* isSourceFile */.c8)(scope))
            return !(0,compiler_api/* isExternalModule */.qB)(scope);
        return (0,compiler_api/* isModuleBlock */.oG)(scope) && (scope.parent.flags & compiler_api/* NodeFlags */._e.GlobalAugmentation) !== 0;
    });
}
/** The type parameters a node declares for its own subtree (`interface Box<T>`, `{ [K in keyof T]: … }`). */
function declaredTypeParameters(node) {
    if ((0,compiler_api/* isMappedTypeNode */.ME)(node))
        return [node.typeParameter];
    return node.typeParameters;
}
/**
 * Names in type positions and module specifiers of `files` that resolve to nothing, as the
 * compiler's diagnostics (TS2304, TS2307). Asking the checker costs more than the walk, so a name
 * is asked only when nothing cheaper tells: type parameters in scope, the file's own top-level
 * names and imports, and names already seen to be globals.
 */
function unresolvedNames(program, files) {
    const checker = program.getTypeChecker();
    const out = [];
    const report = (file, node, code, messageText) => out.push({
        file,
        start: node.getStart(file),
        length: node.getWidth(file),
        code,
        category: compiler_api/* DiagnosticCategory */.Q8.Error,
        messageText,
    });
    const globals = new Set();
    for (const file of files) {
        const locals = fileLocals(file);
        const resolvesAt = (name, typeParameters, inType) => {
            if (typeParameters.has(name.text) || globals.has(name.text))
                return true;
            // A value in a type position (`type T = x`) is asked: the checker finds no type there.
            const local = locals?.get(name.escapedText);
            if (local && (!inType || local.flags & (compiler_api/* SymbolFlags */.mk.Type | compiler_api/* SymbolFlags */.mk.Namespace | compiler_api/* SymbolFlags */.mk.Alias)))
                return true;
            const symbol = checker.getSymbolAtLocation(name);
            if (!resolves(symbol))
                return false;
            // What resolves inside a namespace or through an `infer` may not resolve elsewhere: asked again there.
            if (isGlobal(symbol))
                globals.add(name.text);
            return true;
        };
        const visit = (node, typeParameters) => {
            if (((0,compiler_api/* isImportDeclaration */.ie)(node) || (0,compiler_api/* isExportDeclaration */.Ro)(node)) &&
                node.moduleSpecifier &&
                (0,compiler_api/* isStringLiteral */.rg)(node.moduleSpecifier)) {
                if (!checker.getSymbolAtLocation(node.moduleSpecifier))
                    report(file, node.moduleSpecifier, 2307, `Cannot find module '${node.moduleSpecifier.text}' or its corresponding type declarations.`);
            }
            else if (((0,compiler_api/* isTypeReferenceNode */.yZ)(node) && !(0,compiler_api/* isConstTypeReference */.FM)(node)) || (0,compiler_api/* isExpressionWithTypeArguments */.jF)(node)) {
                // `x as const` is written as a reference to a type named `const`: it names nothing.
                let name = (0,compiler_api/* isTypeReferenceNode */.yZ)(node) ? node.typeName : node.expression;
                while ((0,compiler_api/* isQualifiedName */.Iw)(name))
                    name = name.left;
                while ((0,compiler_api/* isPropertyAccessExpression */.mY)(name))
                    name = name.expression;
                if ((0,compiler_api/* isIdentifier */._5)(name) && !resolvesAt(name, typeParameters, (0,compiler_api/* isTypeReferenceNode */.yZ)(node)))
                    report(file, name, 2304, `Cannot find name '${name.text}'.`);
            }
            const declared = declaredTypeParameters(node);
            const inScope = declared?.length
                ? new Set([...typeParameters, ...declared.map((p) => p.name.text)])
                : typeParameters;
            (0,compiler_api/* forEachChild */.dK)(node, (child) => visit(child, inScope));
        };
        visit(file, new Set());
    }
    return out;
}

// EXTERNAL MODULE: ./src/surface/typescript/shared-libs.js
var shared_libs = __webpack_require__(68544);
// EXTERNAL MODULE: ./src/surface/typescript/standardized-paths.js
var standardized_paths = __webpack_require__(10428);
;// CONCATENATED MODULE: ./src/surface/typescript/program.js
// Loads a package's TypeScript into one ts-morph project from its entry points, reports what does
// not compile (file:line from the compiler), and yields the declaration files the diff will need.











(0,shared_libs/* shareLibraryFiles */.e)();
(0,standardized_paths/* rememberStandardizedPaths */.z)();
const EXTRACTION_COMPILER_OPTIONS = {
    target: ts_morph.ts.ScriptTarget.ES2022,
    module: ts_morph.ts.ModuleKind.ESNext,
    // Bundler resolution accepts `./x.js`, `./x.ts` and extensionless specifiers alike.
    moduleResolution: ts_morph.ts.ModuleResolutionKind.Bundler,
    strict: true,
    // Built declarations are the package's own code here: their errors are reported (only the
    // package's own files are ever asked for diagnostics, so dependencies are not checked).
    skipLibCheck: false,
    declaration: true,
    emitDeclarationOnly: true,
    allowImportingTsExtensions: true,
    esModuleInterop: true,
    resolveJsonModule: true,
    jsx: ts_morph.ts.JsxEmit.Preserve,
    ...shared_libs/* PARSE_AS_TSC */.q,
};
/** How many compiler errors are reported one by one before the rest are counted. */
const MAX_REPORTED_DIAGNOSTICS = 20;
function relativePath(dir, file) {
    return (0,external_node_path_.relative)(dir, file).split(external_node_path_.sep).join('/');
}
function isOwnFile(dir, file) {
    const rel = relativePath(dir, file);
    return !rel.startsWith('..') && !rel.split('/').includes('node_modules');
}
/** `src/x.ts` → `src/x.d.ts`: where declaration emit puts the declarations of a source file. */
function declarationPathOf(rel) {
    if (/\.d\.(m|c)?ts$/.test(rel))
        return rel;
    return rel
        .replace(/\.mts$/, '.d.mts')
        .replace(/\.cts$/, '.d.cts')
        .replace(/\.tsx?$/, '.d.ts');
}
/**
 * TypeScript errors that missing types cause in code that compiles with them: implicitly `any`
 * parameters, bindings and variables (7005 7006 7008 7010 7011 7015 7019 7022 7023 7024 7031 7034
 * 7053) and values of type `unknown` (2571, 18046).
 */
const CONSEQUENCES_OF_MISSING_TYPES = new Set([
    7005, 7006, 7008, 7010, 7011, 7015, 7019, 7022, 7023, 7024, 7031, 7034, 7053, 2571, 18046,
]);
function diagnosticWarnings(dir, diagnostics, warnings) {
    // Uninstalled dependencies make one line, before the errors that are the package's own.
    const folded = foldMissingModules(dir, diagnostics.filter((d) => d.category === ts_morph.ts.DiagnosticCategory.Error), (file) => relativePath(dir, file));
    let errors = folded.rest;
    if (folded.warning) {
        // With packages missing, the package's own code fills with implicit anys and unknowns that a
        // build with them installed does not have: consequences of the one line above, not errors of
        // the package, and listed one by one they bury the warnings that matter.
        const consequences = errors.filter((d) => CONSEQUENCES_OF_MISSING_TYPES.has(d.code)).length;
        errors = errors.filter((d) => !CONSEQUENCES_OF_MISSING_TYPES.has(d.code));
        warnings.push(consequences === 0
            ? folded.warning
            : {
                ...folded.warning,
                message: `${folded.warning.message} (${consequences} TypeScript error${consequences === 1 ? '' : 's'} that follow from the missing types, implicit \`any\` and \`unknown\` values, are not listed.)`,
            });
    }
    for (const d of errors.slice(0, MAX_REPORTED_DIAGNOSTICS)) {
        const message = ts_morph.ts.flattenDiagnosticMessageText(d.messageText, ' ');
        if (d.file && d.start !== undefined) {
            const { line, character } = d.file.getLineAndCharacterOfPosition(d.start);
            const file = relativePath(dir, d.file.fileName);
            warnings.push({
                part: 'typescript',
                message: `${file}:${line + 1}:${character + 1} error TS${d.code}: ${message} (mcpver continues with what could be read; types that do not resolve are treated as unknown)`,
                location: { file, line: line + 1, column: character + 1 },
            });
        }
        else {
            warnings.push({ part: 'typescript', message: `error TS${d.code}: ${message}` });
        }
    }
    if (errors.length > MAX_REPORTED_DIAGNOSTICS) {
        warnings.push({
            part: 'typescript',
            message: `${errors.length - MAX_REPORTED_DIAGNOSTICS} more TypeScript errors not listed`,
        });
    }
}
/**
 * Above this much declaration text, a full type-check of the package's own files costs more than
 * the rest of the check together (the MCP SDK's zod-inferred types take seconds); such packages get
 * the name-resolution check instead, which finds what makes types silently unknown.
 */
const FULL_CHECK_MAX_CHARS = 200_000;
/**
 * Automatic inclusion of every `@types/*` package found up the folder tree would load whatever the
 * surrounding project has installed; declaration files reference what they need (`/// <reference
 * types="node" />`), and a package whose sources use Node's types names @types/node itself.
 */
function typesFor(dir, fromSources) {
    try {
        const manifest = JSON.parse((0,external_node_fs_.readFileSync)((0,external_node_path_.join)(dir, 'package.json'), 'utf8'));
        // A published package's devDependencies are not installed with it; its sources compile with them.
        const declared = {
            ...manifest.dependencies,
            ...(fromSources ? manifest.devDependencies : {}),
            ...manifest.peerDependencies,
        };
        return Object.keys(declared)
            .filter((name) => name.startsWith('@types/'))
            .map((name) => name.slice('@types/'.length));
    }
    catch {
        return [];
    }
}
function loadPackage(dir, entryFiles, warnings, options = {}) {
    const fromSources = [...entryFiles.values()].some((f) => !/\.d\.(m|c)?ts$/.test(f));
    const project = new ts_morph/* Project */.MMY({
        compilerOptions: { ...EXTRACTION_COMPILER_OPTIONS, types: typesFor(dir, fromSources) },
        skipAddingFilesFromTsConfig: true,
    });
    const entries = new Map();
    for (const [subpath, file] of entryFiles)
        entries.set(subpath, project.addSourceFileAtPath(`${dir}/${file}`));
    project.resolveSourceFileDependencies();
    const own = new Map();
    for (const sf of project.getSourceFiles()) {
        if (isOwnFile(dir, sf.getFilePath()))
            own.set(relativePath(dir, sf.getFilePath()), sf);
    }
    const program = project.getProgram().compilerObject;
    const diagnostics = [];
    for (const sf of own.values())
        diagnostics.push(...program.getSyntacticDiagnostics(sf.compilerNode));
    const size = [...own.values()].reduce((n, sf) => n + sf.getFullText().length, 0);
    const mode = options.checkDeclarations ?? 'auto';
    if (mode === 'full' || (mode === 'auto' && size <= FULL_CHECK_MAX_CHARS)) {
        for (const sf of own.values())
            diagnostics.push(...program.getSemanticDiagnostics(sf.compilerNode));
    }
    else if (mode !== 'off') {
        diagnostics.push(...unresolvedNames(program, [...own.values()].map((sf) => sf.compilerNode)));
    }
    diagnosticWarnings(dir, diagnostics, warnings);
    const hash = (0,external_node_crypto_.createHash)('sha256');
    const files = {};
    let from = 'dts';
    // Kept as read: the comparison program takes them parsed and bound (parsed-handover.ts).
    const unchanged = [];
    for (const [rel, sf] of [...own].sort(([a], [b]) => a.localeCompare(b))) {
        hash.update(rel).update('\0').update(sf.getFullText()).update('\0');
        // The JavaScript beside a declaration file is the implementation consumers run.
        const twin = rel
            .replace(/\.d\.ts$/, '.js')
            .replace(/\.d\.mts$/, '.mjs')
            .replace(/\.d\.cts$/, '.cjs');
        if (twin !== rel) {
            try {
                hash.update((0,external_node_fs_.readFileSync)((0,external_node_path_.join)(dir, twin)));
            }
            catch {
                // Declarations without a JavaScript twin (types-only packages) have nothing more to hash.
            }
        }
        if (sf.isDeclarationFile()) {
            files[rel] = stripNominalMembers(rel, sf.getFullText(), sf.compilerNode);
            if (files[rel] === sf.getFullText())
                unchanged.push([rel, sf.compilerNode]);
        }
        else
            from = 'source';
    }
    if (from === 'source') {
        // Declaration emit gives sources the shape consumers see (inferred return types spelled out).
        const result = project.emitToMemory({ emitOnlyDtsFiles: true });
        for (const out of result.getFiles()) {
            const rel = relativePath(dir, out.filePath);
            if (!rel.startsWith('..'))
                files[rel] = stripNominalMembers(rel, out.text);
        }
    }
    const externalFiles = (0,external_types/* externalDeclarationFiles */.$d)(program, (file) => isOwnFile(dir, file), warnings);
    // The dependencies' files too, under their snapshot key (`node_modules/<package>/<path>`).
    for (const sf of program.getSourceFiles()) {
        const at = sf.fileName.lastIndexOf('/node_modules/');
        const key = at >= 0 ? sf.fileName.slice(at + 1) : undefined;
        if (key !== undefined && externalFiles[key] === sf.text)
            unchanged.push([key, sf]);
    }
    (0,parsed_handover/* offerParsedFiles */.RJ)(unchanged);
    return { project, entries, own, files, from, sourceHash: hash.digest('hex').slice(0, 16), externalFiles };
}

;// CONCATENATED MODULE: ./src/surface/typescript/declarations.js
// Every exported declaration of every entry point, resolved through `export *`, `export { x as y }`,
// `export * as ns` and default exports, recorded from its declaration-file form.







/** Which kind names an export when several declarations merge under one name. */
const KIND_PRIORITY = [
    'class',
    'enum',
    'const-enum',
    'function',
    'variable',
    'interface',
    'type',
    'namespace',
    'unknown',
];
function localName(node) {
    const name = node.name;
    return name && ((0,compiler_api/* isIdentifier */._5)(name) || (0,compiler_api/* isStringLiteral */.rg)(name)) ? name.text : undefined;
}
/** The counterpart of a source declaration in the emitted `.d.ts` (same name, same kind). */
function findInDeclarationFile(dts, node) {
    const name = localName(node);
    const kind = node.kind;
    for (const statement of dts.statements) {
        if ((0,compiler_api/* isVariableStatement */.mH)(statement) && (0,compiler_api/* isVariableDeclaration */.bC)(node)) {
            const found = statement.declarationList.declarations.find((d) => localName(d) === name);
            if (found)
                return found;
        }
        else if (statement.kind === kind && localName(statement) === name) {
            return statement;
        }
        else if (kind === compiler_api/* SyntaxKind */.a6.FunctionDeclaration &&
            !name &&
            (0,compiler_api/* isFunctionDeclaration */.vu)(statement) &&
            !statement.name) {
            return statement;
        }
    }
    // Anonymous default exports are emitted as `declare const _default: …; export default _default`.
    for (const statement of dts.statements) {
        if ((0,compiler_api/* isVariableStatement */.mH)(statement)) {
            const found = statement.declarationList.declarations.find((d) => localName(d) === '_default');
            if (found)
                return found;
        }
    }
    return undefined;
}
/** Local names a declaration file imports from other packages, with the package they come from. */
function externalImports(file, cache) {
    let names = cache.get(file);
    if (names)
        return names;
    names = new Map();
    for (const statement of file.statements) {
        if (!(0,compiler_api/* isImportDeclaration */.ie)(statement) || !(0,compiler_api/* isStringLiteral */.rg)(statement.moduleSpecifier))
            continue;
        const from = statement.moduleSpecifier.text;
        if (from.startsWith('.') || from.startsWith('/'))
            continue;
        const clause = statement.importClause;
        if (clause?.name)
            names.set(clause.name.text, from);
        const bindings = clause?.namedBindings;
        if (bindings && (0,compiler_api/* isNamespaceImport */.PD)(bindings))
            names.set(bindings.name.text, from);
        if (bindings && (0,compiler_api/* isNamedImports */.Yz)(bindings))
            for (const el of bindings.elements)
                names.set(el.name.text, from);
    }
    cache.set(file, names);
    return names;
}
function declarationNode(ctx, node) {
    const sf = node.getSourceFile();
    const rel = relativePath(ctx.dir, sf.getFilePath());
    if (sf.isDeclarationFile())
        return { dtsNode: node.compilerNode, dtsFile: sf.compilerNode, ...(ctx.pkg.own.has(rel) ? { file: rel } : {}) };
    const dtsPath = declarationPathOf(rel);
    const text = ctx.pkg.files[dtsPath];
    if (text !== undefined) {
        let parsed = ctx.parsed.get(dtsPath);
        if (!parsed) {
            parsed = (0,compiler_api/* createSourceFile */.cy)(dtsPath, text, compiler_api/* ScriptTarget */.fk.Latest, true);
            ctx.parsed.set(dtsPath, parsed);
        }
        const found = findInDeclarationFile(parsed, node.compilerNode);
        if (found)
            return { dtsNode: found, dtsFile: parsed, file: dtsPath };
    }
    return { dtsNode: node.compilerNode, dtsFile: sf.compilerNode };
}
/**
 * Describe a declaration node once, however many entry points re-export it (a package's index
 * re-exports most of its modules, and dual CJS/ESM builds double that), and merge it into `into`.
 */
function describeOne(ctx, node, into, signatures, members) {
    let described = ctx.described.get(node.compilerNode);
    if (!described) {
        const part = {};
        const sigs = [];
        const mems = [];
        const kind = describeNode(ctx, node, part, sigs, mems);
        described = { kind, part, signatures: sigs, members: mems };
        ctx.described.set(node.compilerNode, described);
    }
    const { part } = described;
    // The described parts are shared by every entry that re-exports the node: nothing edits them after.
    signatures.push(...described.signatures);
    members.push(...described.members);
    if (part.signatures)
        into.signatures = [...(into.signatures ?? []), ...part.signatures];
    if (part.heritage)
        into.heritage = [...(into.heritage ?? []), ...part.heritage];
    if (part.typeParameters && !into.typeParameters)
        into.typeParameters = part.typeParameters;
    if (part.unionMembers)
        into.unionMembers = [...part.unionMembers];
    if (part.shapeHash)
        into.shapeHash = into.shapeHash ? `${into.shapeHash}+${part.shapeHash}` : part.shapeHash;
    for (const key of ['abstract', 'constructorVisibility', 'mutable', 'any', 'unlistedMembers'])
        if (part[key] !== undefined)
            into[key] = part[key];
    if (part.externalModules)
        into.externalModules = [...new Set([...(into.externalModules ?? []), ...part.externalModules])].sort();
    into.tags = { ...part.tags, ...into.tags };
    if (part.docs)
        into.docs = into.docs ? `${into.docs}\n${part.docs}` : part.docs;
    into.location ??= part.location;
    into.declarationFile ??= part.declarationFile;
    return described.kind;
}
function describeNode(ctx, node, into, signatures, members) {
    const { dtsNode, dtsFile, file } = declarationNode(ctx, node);
    const kind = kindOf(dtsNode);
    if (file && !into.declarationFile)
        into.declarationFile = file;
    if ((0,compiler_api/* isSourceFile */.c8)(dtsNode)) {
        // `export * as ns from './x'`: the namespace's members are the names that file exports.
        const names = [...node.getExportedDeclarations().keys()].sort();
        signatures.push(`namespace { ${names.join(', ')} }`);
        members.push(...names.map((n) => ({ name: n, kind: 'export', signature: n })));
        into.location ??= { file: relativePath(ctx.dir, node.getFilePath()), line: 1 };
        return 'namespace';
    }
    if ((0,compiler_api/* isVariableDeclaration */.bC)(dtsNode)) {
        const list = dtsNode.parent;
        const mutable = (list.flags & (compiler_api/* NodeFlags */._e.Const | compiler_api/* NodeFlags */._e.Let)) === 0 || (list.flags & compiler_api/* NodeFlags */._e.Let) !== 0;
        into.mutable = mutable;
        const type = dtsNode.type
            ? printNode(dtsNode.type, dtsFile)
            : dtsNode.initializer
                ? printNode(dtsNode.initializer, dtsFile)
                : 'any';
        signatures.push(`${mutable ? 'let' : 'const'} ${localName(dtsNode) ?? ''}: ${type}`);
    }
    else {
        signatures.push(printNode(dtsNode, dtsFile));
    }
    if ((0,compiler_api/* isFunctionDeclaration */.vu)(dtsNode)) {
        // Declaration files repeat overloads; a source implementation signature is not callable.
        if (dtsFile.isDeclarationFile || !dtsNode.body)
            (into.signatures ??= []).push(signatureOf(dtsNode, dtsFile));
    }
    else if ((0,compiler_api/* isClassDeclaration */.hw)(dtsNode) || (0,compiler_api/* isInterfaceDeclaration */.Un)(dtsNode)) {
        members.push(...membersOf(dtsNode.members, dtsFile));
        into.heritage = [...(into.heritage ?? []), ...heritageOf(dtsNode, dtsFile)];
        into.typeParameters ??= typeParameters(dtsNode.typeParameters, dtsFile);
        if ((0,compiler_api/* isClassDeclaration */.hw)(dtsNode)) {
            if (((0,compiler_api/* getModifiers */.RN)(dtsNode) ?? []).some((m) => m.kind === compiler_api/* SyntaxKind */.a6.AbstractKeyword))
                into.abstract = true;
            const ctor = dtsNode.members.find(ts_morph.ts.isConstructorDeclaration);
            const vis = ctor &&
                ((0,compiler_api/* getModifiers */.RN)(ctor) ?? []).find((m) => m.kind === compiler_api/* SyntaxKind */.a6.PrivateKeyword || m.kind === compiler_api/* SyntaxKind */.a6.ProtectedKeyword);
            if (vis)
                into.constructorVisibility = vis.kind === compiler_api/* SyntaxKind */.a6.PrivateKeyword ? 'private' : 'protected';
        }
    }
    else if ((0,compiler_api/* isTypeAliasDeclaration */.qu)(dtsNode)) {
        into.typeParameters = typeParameters(dtsNode.typeParameters, dtsFile);
        if ((0,compiler_api/* isTypeLiteralNode */.kL)(dtsNode.type))
            members.push(...membersOf(dtsNode.type.members, dtsFile));
        // `Readonly<{…}>`, `Pick<…>`, a mapped type or an intersection: its members are the checker's to list.
        else if (!(0,compiler_api/* isFunctionTypeNode */.VQ)(dtsNode.type) && !(0,compiler_api/* isUnionTypeNode */.oh)(dtsNode.type))
            into.unlistedMembers = true;
        if ((0,compiler_api/* isFunctionTypeNode */.VQ)(dtsNode.type))
            into.signatures = [signatureOf(dtsNode.type, dtsFile)];
        if ((0,compiler_api/* isUnionTypeNode */.oh)(dtsNode.type))
            into.unionMembers = dtsNode.type.types.map((t) => printNode(t, dtsFile));
    }
    else if ((0,compiler_api/* isEnumDeclaration */.ee)(dtsNode)) {
        members.push(...enumMembers(dtsNode, dtsFile));
    }
    else if ((0,compiler_api/* isModuleDeclaration */.hN)(dtsNode)) {
        members.push(...namespaceMembers(dtsNode, dtsFile));
    }
    const imported = externalImports(dtsFile, ctx.imports);
    if (imported.size > 0) {
        const text = signatures[signatures.length - 1] ?? '';
        const modules = [...imported]
            .filter(([name]) => new RegExp(`(^|[^\\w$.])${name.replace(/\$/g, '\\$')}([^\\w$]|$)`).test(text))
            .map(([, from]) => from);
        if (modules.length > 0)
            into.externalModules = [...new Set([...(into.externalModules ?? []), ...modules])].sort();
    }
    const tags = readTags(dtsNode);
    into.tags = { ...tags, ...into.tags };
    const docs = readDocs(dtsNode, dtsFile);
    if (docs)
        into.docs = into.docs ? `${into.docs}\n${docs}` : docs;
    if (isAnyTyped(ctx.checker, node))
        into.any = true;
    // Source files carry implementation text; their shape comes from the emitted declarations alone.
    if (!(0,compiler_api/* isSourceFile */.c8)(node.compilerNode) && node.getSourceFile().isDeclarationFile())
        into.shapeHash = ctx.shapes.hash(node.compilerNode);
    if (!into.location) {
        const sf = node.getSourceFile();
        // The compiler's line map, not ts-morph's getStartLineNumber (which counts lines from the top each time).
        const nameNode = ts_morph/* Node */.bP0.hasName(node) ? node.getNameNode() : node;
        into.location = {
            file: relativePath(ctx.dir, sf.getFilePath()),
            line: sf.compilerNode.getLineAndCharacterOfPosition(nameNode.getStart()).line + 1,
        };
    }
    return kind;
}
/**
 * `export = f` (CommonJS declarations): consumers import it as the default export
 * (`import f from 'pkg'` with esModuleInterop), so it is recorded under `default`.
 */
function withExportEquals(sf, exported) {
    const assignment = sf.getExportAssignment((a) => a.isExportEquals());
    if (!assignment || exported.has('default'))
        return exported;
    const symbol = assignment.getExpression().getSymbol();
    const target = symbol?.isAlias() ? symbol.getAliasedSymbol() : symbol;
    const declarations = (target?.getDeclarations() ?? []).filter((d) => !ts_morph/* Node */.bP0.isModuleDeclaration(d) || declarationsOnly(d));
    if (declarations.length === 0)
        return exported;
    return new Map([...exported, ['default', declarations]]);
}
/** A namespace merged into an `export =` function only adds types; the function is the export. */
function declarationsOnly(node) {
    return ts_morph/* Node */.bP0.isModuleDeclaration(node) && node.getStatements().length > 0;
}
/** Names a module exports for types only (`export type { X }`, `export { type X }`, re-exported so anywhere along the way). */
function typeOnlyExports(checker, file) {
    const names = new Set();
    const module = checker.getSymbolAtLocation(file);
    if (!module)
        return names;
    for (const exported of checker.getExportsOfModule(module)) {
        for (let s = exported, hops = 0; s && s.flags & compiler_api/* SymbolFlags */.mk.Alias && hops < 20; s = checker.getImmediateAliasedSymbol(s), hops++) {
            if (s.declarations?.some((d) => (0,compiler_api/* isTypeOnlyImportOrExportDeclaration */.nW)(d))) {
                names.add(exported.name);
                break;
            }
        }
    }
    return names;
}
/** The exported declarations of every entry point, in a stable order. */
function readDeclarations(dir, pkg, warnings) {
    const checker = pkg.project.getTypeChecker().compilerObject;
    const byEntry = [];
    for (const [entry, sf] of pkg.entries) {
        try {
            byEntry.push([entry, sf, withExportEquals(sf, sf.getExportedDeclarations())]);
        }
        catch (error) {
            warnings.push({
                part: 'typescript',
                message: `could not read the exports of ${relativePath(dir, sf.getFilePath())}: ${error.message}`,
            });
        }
    }
    // Exported declarations are compared on their own; a declaration's shape covers only the
    // non-exported ones it uses, so that one change is reported once, where it was made.
    const exportedNodes = new Set(byEntry.flatMap(([, , map]) => [...map.values()].flat().map((n) => n.compilerNode)));
    const ownFiles = new Set([...pkg.own.values()].filter((sf) => sf.isDeclarationFile()).map((sf) => sf.compilerNode));
    const shapes = shapeHasher(checker, (d) => ownFiles.has(d.getSourceFile()) && !exportedNodes.has(d));
    const ctx = {
        shapes,
        described: new Map(),
        imports: new Map(),
        dir,
        pkg,
        checker,
        parsed: new Map(),
        warnings,
    };
    const out = [];
    for (const [entry, sf, exported] of byEntry) {
        const typeOnly = typeOnlyExports(checker, sf.compilerNode);
        for (const [name, nodes] of exported) {
            if (nodes.length === 0) {
                warnings.push({
                    part: 'typescript',
                    message: `export "${name}" of entry "${entry}" does not resolve to a declaration (unresolved or circular re-export)`,
                    location: { file: relativePath(dir, sf.getFilePath()) },
                });
                continue;
            }
            const into = { entry, name, tags: {} };
            const signatures = [];
            const members = [];
            const kinds = new Set();
            for (const node of nodes)
                kinds.add(describeOne(ctx, node, into, signatures, members));
            const kindList = KIND_PRIORITY.filter((k) => kinds.has(k));
            const meanings = new Set();
            for (const node of nodes)
                for (const m of meaningsOf(kindOf(node.compilerNode), node.compilerNode))
                    meanings.add(m);
            // `export type { Client }`: consumers get the type, not the class they could construct.
            if (typeOnly.has(name))
                meanings.delete('value');
            const declaration = {
                ...into,
                entry,
                name,
                kind: kindList[0] ?? 'unknown',
                kinds: kindList,
                meanings: [...meanings].sort(),
                signature: signatures.join('; '),
                declarationFile: into.declarationFile ?? '',
                tags: into.tags ?? {},
                ...(members.length > 0 ? { members } : {}),
            };
            if (declaration.heritage?.length === 0)
                delete declaration.heritage;
            if (declaration.any) {
                warnings.push({
                    part: 'typescript',
                    message: `export "${name}" of entry "${entry}" is typed any (written so, or through an import that does not resolve): its compatibility cannot be checked`,
                    ...(declaration.location ? { location: declaration.location } : {}),
                });
            }
            out.push(declaration);
        }
    }
    return out.sort((a, b) => a.entry.localeCompare(b.entry) || a.name.localeCompare(b.name));
}

// EXTERNAL MODULE: ./src/surface/typescript/entry-points.js
var entry_points = __webpack_require__(68294);
// EXTERNAL MODULE: ./src/surface/typescript/minimum-version.js
var minimum_version = __webpack_require__(19453);
;// CONCATENATED MODULE: ./src/surface/typescript/index.js
// The TypeScript part of a snapshot: the public API a package's consumers import, read with ts-morph
// from its declared entry points. Bad input becomes warnings with file:line; nothing is guessed.







class TypeScriptSurfaceError extends Error {
    name = 'TypeScriptSurfaceError';
}
/** The warning of a package that declares no TypeScript at all (a JavaScript package: nothing wrong). */
const NO_ENTRY_POINT_WARNING = 'no TypeScript entry point found (package.json has no "exports" with types, "types", "typings" or "main" that resolves to a .d.ts or .ts file)';
/** The syntax trees of the built declarations, already parsed by the extraction (the files consumers' compilers read). */
function builtTrees(pkg) {
    return pkg.from === 'dts' ? new Map([...pkg.own].map(([rel, file]) => [rel, file.compilerNode])) : undefined;
}
/**
 * Read the exported TypeScript API of the package in `dir`: its package.json names the entry
 * points; a folder without one is read as bare declarations (`findBareEntryPoints`).
 */
function takeTypeScriptSurface(dir, options = {}) {
    const manifestPath = (0,external_node_path_.join)(dir, 'package.json');
    const warnings = [];
    let entries;
    // A folder of bare declarations has no manifest: no peerDependencies or typesVersions to read.
    let manifest = {};
    if ((0,external_node_fs_.existsSync)(manifestPath)) {
        try {
            manifest = JSON.parse((0,external_node_fs_.readFileSync)(manifestPath, 'utf8'));
        }
        catch (error) {
            throw new TypeScriptSurfaceError(`${manifestPath} is not valid JSON: ${error.message}`);
        }
        entries = (0,entry_points/* findEntryPoints */.tY)(dir, manifest, warnings);
    }
    else {
        entries = (0,entry_points/* findBareEntryPoints */.fh)(dir);
    }
    if (entries.length === 0) {
        warnings.push({ part: 'typescript', message: NO_ENTRY_POINT_WARNING, location: { file: 'package.json' } });
        return { surface: { entryPoints: {}, declarations: [], files: {}, from: 'dts', sourceHash: '' }, warnings };
    }
    const pkg = loadPackage(dir, new Map(entries.map((e) => [e.subpath, e.file])), warnings, options);
    const declarations = readDeclarations(dir, pkg, warnings);
    const entryPoints = Object.fromEntries(entries.map((e) => [e.subpath, declarationPathOf(e.file)]));
    const surface = {
        entryPoints,
        declarations,
        files: pkg.files,
        from: pkg.from,
        sourceHash: pkg.sourceHash,
        minimumTypeScript: (0,minimum_version/* minimumTypeScript */.SY)(manifest, pkg.files, builtTrees(pkg)),
    };
    return {
        surface: Object.keys(pkg.externalFiles).length > 0 ? { ...surface, externalFiles: pkg.externalFiles } : surface,
        warnings,
    };
}


/***/ })

};
