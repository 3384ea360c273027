import { createRequire as __mcpverCreateRequire } from "node:module";
import { fileURLToPath as __mcpverFileURLToPath } from "node:url";
import { dirname as __mcpverDirname } from "node:path";
const require = __mcpverCreateRequire(import.meta.url);
const __filename = __mcpverFileURLToPath(import.meta.url);
const __dirname = __mcpverDirname(__filename);
export const id = 107;
export const ids = [107];
export const modules = {

/***/ 85107:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  G: () => (/* binding */ readLockfile)
});

// UNUSED EXPORTS: LockfileError

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./node_modules/jsonc-parser/lib/umd/main.js
var main = __webpack_require__(21928);
// EXTERNAL MODULE: ./src/surface/json-text.js
var json_text = __webpack_require__(44604);
// EXTERNAL MODULE: ./src/surface/lockfiles/types.js
var types = __webpack_require__(6586);
;// CONCATENATED MODULE: ./src/surface/lockfiles/bun.js
// bun.lock (text, JSON with trailing commas): `packages` maps a name (or `<parent>/<name>` where a
// workspace or package needs a version of its own) to `[ident, registry, info, integrity]` for a
// published version, `[ident, info]` for a tarball file or a workspace (`name@workspace:packages/x`),
// and `[ident, info, commit]` for a git repository.

function lockedInBun(document, query, text) {
    if (!(0,types/* isRecord */.u4)(document) || !(0,types/* isRecord */.u4)(document.packages))
        return undefined;
    const keys = [...(query.packageName ? [`${query.packageName}/${query.name}`] : []), query.name];
    const key = keys.find((k) => Array.isArray(document.packages[k]));
    if (key === undefined)
        return undefined;
    const entry = document.packages[key];
    if (typeof entry[0] !== 'string')
        return undefined;
    const ident = (0,types/* splitIdent */.xN)(entry[0]);
    if (!ident)
        return undefined;
    const lineNumber = (0,types/* lineWhere */.Sv)(text, (l) => l.trimStart().startsWith(`${JSON.stringify(key)}: [`));
    const line = lineNumber ? { line: lineNumber } : {};
    const info = entry.find(types/* isRecord */.u4);
    const dependsOn = info
        ? { dependsOn: (0,types/* namesOf */.eZ)(info.dependencies, info.peerDependencies, info.optionalDependencies) }
        : {};
    if (/^\d/.test(ident.version)) {
        const integrity = typeof entry[3] === 'string' && entry[3] ? entry[3] : undefined;
        return { name: ident.name, version: ident.version, ...(integrity ? { integrity } : {}), ...dependsOn, ...line };
    }
    const written = ident.version;
    if (written.startsWith('workspace:'))
        return {
            name: ident.name,
            local: { kind: 'folder', path: (0,types/* localPath */.$S)(written.slice('workspace:'.length), query.root).path },
            ...dependsOn,
            ...line,
        };
    // A tarball file or a folder is written as its path (`vendor/x.tgz`, `file:../x`); anything else is a git repository or a URL.
    if (/^(file:|link:|\.{0,2}\/)/.test(written) || (/\.(tgz|tar\.gz|tar)$/.test(written) && !/^[a-z]+:/.test(written))) {
        return { name: ident.name, local: (0,types/* localPath */.$S)(written, query.root), ...dependsOn, ...line };
    }
    return { name: ident.name, elsewhere: written, ...dependsOn, ...line };
}

;// CONCATENATED MODULE: ./src/surface/lockfiles/npm.js
// package-lock.json and npm-shrinkwrap.json: `packages` keyed by install path (formats 2 and 3),
// or the nested `dependencies` tree of format 1.

function lockedInNpm(document, query, file, text) {
    if (!(0,types/* isRecord */.u4)(document))
        throw new types/* LockfileError */.g(`${file} is not an npm lockfile (expected a JSON object).`, { file });
    if ((0,types/* isRecord */.u4)(document.packages))
        return fromPackages(document.packages, query, text);
    if ((0,types/* isRecord */.u4)(document.dependencies))
        return fromTree(document.dependencies, query, text);
    return undefined;
}
/** The line of a key of `packages` (each key is written once, on a line of its own). */
const keyLine = (text, key) => (0,types/* lineWhere */.Sv)(text, (l) => l.trimStart().startsWith(`${JSON.stringify(key)}:`));
/** Node's resolution, written down: `<from>/node_modules/<name>`, then each folder above, up to the lockfile's own. */
function fromPackages(packages, query, text) {
    const segments = query.from ? query.from.split('/') : [];
    for (let i = segments.length; i >= 0; i--) {
        const base = segments.slice(0, i).join('/');
        const key = `${base ? `${base}/` : ''}node_modules/${query.name}`;
        const entry = packages[key];
        if (!(0,types/* isRecord */.u4)(entry))
            continue;
        const line = keyLine(text, key);
        if (entry.link === true) {
            // A workspace or a local folder: the entry under its own path has its name and version.
            if (typeof entry.resolved !== 'string')
                return undefined;
            const target = (0,types/* isRecord */.u4)(packages[entry.resolved]) ? packages[entry.resolved] : {};
            return {
                name: typeof target.name === 'string' ? target.name : query.name,
                ...(typeof target.version === 'string' ? { version: target.version } : {}),
                local: { kind: 'folder', path: (0,types/* localPath */.$S)(entry.resolved, query.root).path },
                dependsOn: (0,types/* namesOf */.eZ)(target.dependencies, target.peerDependencies, target.optionalDependencies),
                ...(line ? { line } : {}),
            };
        }
        if (typeof entry.version !== 'string')
            return undefined;
        const resolved = typeof entry.resolved === 'string' ? entry.resolved : '';
        return {
            name: typeof entry.name === 'string' ? entry.name : query.name,
            version: entry.version,
            ...(resolved.startsWith('file:') ? { local: (0,types/* localPath */.$S)(resolved, query.root) } : {}),
            ...(/^git(\+|:)/.test(resolved) ? { elsewhere: resolved } : {}),
            ...(typeof entry.integrity === 'string' ? { integrity: entry.integrity } : {}),
            dependsOn: (0,types/* namesOf */.eZ)(entry.dependencies, entry.peerDependencies, entry.optionalDependencies),
            ...(line ? { line } : {}),
        };
    }
    return undefined;
}
/** Format 1 (npm 5 and 6): only the root's dependencies are read; it records no peer dependencies. */
function fromTree(dependencies, query, text) {
    const entry = dependencies[query.name];
    if (!(0,types/* isRecord */.u4)(entry) || typeof entry.version !== 'string')
        return undefined;
    // An alias is written `npm:real@1.2.3`; a git or file dependency has its source as its version.
    const alias = entry.version.startsWith('npm:') ? (0,types/* splitIdent */.xN)(entry.version.slice(4)) : undefined;
    // Nested entries are indented deeper: the root's own is the first at four spaces.
    const line = (0,types/* lineWhere */.Sv)(text, (l) => l.startsWith(`    ${JSON.stringify(query.name)}:`));
    const source = alias || /^\d/.test(entry.version)
        ? {}
        : entry.version.startsWith('file:')
            ? { local: (0,types/* localPath */.$S)(entry.version, query.root) }
            : { elsewhere: entry.version };
    return {
        name: alias?.name ?? query.name,
        ...(alias || /^\d/.test(entry.version) ? { version: alias?.version ?? entry.version } : {}),
        ...source,
        ...(typeof entry.integrity === 'string' ? { integrity: entry.integrity } : {}),
        dependsOn: (0,types/* namesOf */.eZ)(entry.requires),
        peersUnrecorded: true,
        ...(line ? { line } : {}),
    };
}

// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __webpack_require__(38815);
;// CONCATENATED MODULE: ./src/surface/lockfiles/pnpm.js
// pnpm-lock.yaml: each workspace folder is an importer (`.` at the root) whose dependencies name the
// resolved version, with the peers it was installed with in parentheses (5.x: after `_`); the
// package's own entry (`name@version`, `/name@version`, `/name/version`) holds its integrity and
// peer dependencies, and in format 9 its dependencies sit under `snapshots`. A workspace package is
// `link:<folder>` (relative to the importer), a tarball file `file:<path>` (relative to the lockfile).



const DEPENDENCY_FIELDS = ['dependencies', 'optionalDependencies', 'devDependencies'];
function parsePnpmLock(text, file) {
    const lines = new dist/* LineCounter */.HN();
    const doc = (0,dist/* parseDocument */.Tp)(text, { lineCounter: lines });
    const error = doc.errors[0];
    if (error) {
        const at = error.linePos?.[0];
        throw new types/* LockfileError */.g(`${file}${at ? `:${at.line}:${at.col}` : ''} is not valid YAML: ${error.message.split('\n')[0]}`, { file });
    }
    return {
        document: doc.toJS({ maxAliasCount: -1 }),
        lineOf(importer, field, name) {
            const map = doc.getIn(importer === undefined ? [field] : ['importers', importer, field], true);
            if (!(0,dist/* isMap */.jh)(map))
                return undefined;
            const pair = map.items.find((p) => (0,dist/* isScalar */.jn)(p.key) && p.key.value === name);
            const offset = (0,dist/* isScalar */.jn)(pair?.key) ? pair.key.range?.[0] : undefined;
            return offset === undefined ? undefined : lines.linePos(offset).line;
        },
    };
}
function lockedInPnpm(lock, query) {
    const { document } = lock;
    if (!(0,types/* isRecord */.u4)(document))
        return undefined;
    const importers = (0,types/* isRecord */.u4)(document.importers) ? document.importers : undefined;
    // A lockfile of one project (formats 5 and 6 without workspaces) is its own importer.
    const importerKey = importers ? query.from || '.' : undefined;
    const importer = importers ? importers[importerKey] : query.from ? undefined : document;
    if (!(0,types/* isRecord */.u4)(importer))
        return undefined;
    const field = DEPENDENCY_FIELDS.find((f) => (0,types/* isRecord */.u4)(importer[f]) && importer[f][query.name] !== undefined);
    if (!field)
        return undefined;
    const raw = importer[field][query.name];
    const written = (0,types/* isRecord */.u4)(raw) ? raw.version : raw;
    if (typeof written !== 'string')
        return undefined;
    const lineNumber = lock.lineOf(importerKey, field, query.name);
    const line = lineNumber ? { line: lineNumber } : {};
    if (written.startsWith('link:'))
        return {
            name: query.name,
            local: { kind: 'folder', path: external_node_path_.resolve(query.root, query.from, written.slice(5)) },
            ...line,
        };
    const packages = (0,types/* isRecord */.u4)(document.packages) ? document.packages : {};
    const snapshots = (0,types/* isRecord */.u4)(document.snapshots) ? document.snapshots : {};
    if (written.startsWith('file:')) {
        // `file:vendor/x.tgz(peer@1.0.0)`: the entry is keyed by the path without the peers.
        const source = written.replace(/\(.*$/, '');
        const entry = findEntry(packages, [`${query.name}@${source}`, source]);
        return {
            name: query.name,
            ...(typeof entry?.version === 'string' ? { version: entry.version } : {}),
            local: (0,types/* localPath */.$S)(source, query.root),
            ...integrityOf(entry),
            ...(entry ? { dependsOn: (0,types/* namesOf */.eZ)(entry.dependencies, entry.peerDependencies, entry.optionalDependencies) } : {}),
            ...line,
        };
    }
    // `0.7.11(peer@1.0.0)` (formats 6 and 9), `0.7.11_peerhash` (5); an alias names the real package
    // first: `real@1.2.3` (9), `/real@1.2.3` (6), `/real/1.2.3` (5).
    let name = query.name;
    let resolved = written.replace(/^\//, '');
    if (!/^\d/.test(resolved)) {
        const alias = /^(@[^/]+\/[^/@]+|[^/@]+)[/@](\d.*)$/.exec(resolved);
        // A git repository or a tarball URL.
        if (!alias)
            return { name: query.name, elsewhere: written, ...line };
        [name, resolved] = [alias[1], alias[2]];
    }
    const version = resolved.replace(/[(_].*$/, '');
    const entry = findEntry(packages, [
        `${name}@${version}`,
        `/${name}@${resolved}`,
        `/${name}@${version}`,
        `/${name}/${resolved}`,
        `/${name}/${version}`,
    ]);
    const snapshot = findEntry(snapshots, [`${name}@${resolved}`, `${name}@${version}`]);
    return {
        name,
        version,
        ...integrityOf(entry),
        ...(entry
            ? {
                dependsOn: (0,types/* namesOf */.eZ)(entry.dependencies, entry.peerDependencies, entry.optionalDependencies, snapshot?.dependencies, snapshot?.optionalDependencies),
            }
            : {}),
        ...line,
    };
}
function integrityOf(entry) {
    return (0,types/* isRecord */.u4)(entry?.resolution) && typeof entry.resolution.integrity === 'string'
        ? { integrity: entry.resolution.integrity }
        : {};
}
function findEntry(records, keys) {
    for (const key of keys)
        if ((0,types/* isRecord */.u4)(records[key]))
            return records[key];
    return undefined;
}

// EXTERNAL MODULE: ./node_modules/@yarnpkg/parsers/lib/index.js
var lib = __webpack_require__(67823);
;// CONCATENATED MODULE: ./src/surface/lockfiles/yarn.js
// yarn.lock, both flavours (yarn 1's own syntax and yarn 2+'s YAML, read alike by @yarnpkg/parsers):
// entries are keyed by the descriptors that resolved to them (`name@^1.2.0`, `name@npm:^1.2.0`), so
// the range package.json gives finds the entry; without one, a single locked version of the name.



function parseYarnLock(text, file) {
    try {
        return (0,lib/* parseSyml */["do"])(text);
    }
    catch (error) {
        throw new types/* LockfileError */.g(`${file} could not be read as a yarn lockfile: ${error.message.split('\n')[0]}`, { file, cause: error });
    }
}
function lockedInYarn(document, query, file, text) {
    const wanted = query.range === undefined ? [] : [`${query.name}@${query.range}`, `${query.name}@npm:${query.range}`];
    const matching = [];
    for (const [key, entry] of Object.entries(document)) {
        if (key === '__metadata' || !(0,types/* isRecord */.u4)(entry))
            continue;
        const descriptors = key.split(/,\s*/).map((d) => d.trim().replace(/^"|"$/g, ''));
        if (descriptors.some((d) => wanted.includes(d)))
            return locked(query, descriptors, entry, text);
        if (descriptors.some((d) => d.startsWith(`${query.name}@`)))
            matching.push([key, entry]);
    }
    const versions = new Set(matching.map(([, e]) => e.version));
    if (versions.size > 1) {
        throw new types/* LockfileError */.g(`${file} locks ${versions.size} versions of ${query.name} and none under the range package.json gives (${query.range ?? 'none'}).`, { file });
    }
    const only = matching[0];
    return only ? locked(query, only[0].split(/,\s*/), only[1], text) : undefined;
}
function locked(query, descriptors, entry, text) {
    const first = descriptors[0] ?? query.name;
    // An entry's key starts its line, unindented (quoted when it holds spaces or colons).
    const lineNumber = (0,types/* lineWhere */.Sv)(text, (l) => !/^\s/.test(l) && l.includes(first));
    const line = lineNumber ? { line: lineNumber } : {};
    // yarn 2+ writes what it resolved to (`real@npm:1.2.3`, `x@workspace:packages/x`, `x@file:…`).
    const resolution = typeof entry.resolution === 'string' ? entry.resolution : undefined;
    const dependsOn = (0,types/* namesOf */.eZ)(entry.dependencies, entry.peerDependencies, entry.optionalDependencies);
    const version = typeof entry.version === 'string' ? entry.version : undefined;
    if (resolution) {
        const protocol = /^((?:@[^/@]+\/)?[^/@]+)@([a-z]+):(.*)$/.exec(resolution);
        if (!protocol)
            return undefined;
        const [, realName, kind, rest] = protocol;
        if (kind === 'workspace' || kind === 'link' || kind === 'portal') {
            return {
                name: realName,
                local: { kind: 'folder', path: external_node_path_.resolve(query.root, decodeURIComponent(rest.replace(/::.*$/, ''))) },
                dependsOn,
                ...line,
            };
        }
        if (kind === 'file') {
            // `file:vendor/x.tgz#vendor/x.tgz::hash=…&locator=server%40workspace%3A.`: relative to the workspace that asked for it.
            const locator = /locator=([^&]+)/.exec(rest)?.[1];
            const workspace = locator ? (/@workspace:(.*)$/.exec(decodeURIComponent(locator))?.[1] ?? '.') : '.';
            return {
                name: realName,
                ...(version ? { version } : {}),
                local: (0,types/* localPath */.$S)(rest.replace(/#.*$/, '').replace(/::.*$/, ''), external_node_path_.resolve(query.root, workspace)),
                dependsOn,
                ...line,
            };
        }
        // `patch:` wraps a published version: its files are that version's, patched.
        if (kind !== 'npm' && kind !== 'patch')
            return { name: realName, ...(version ? { version } : {}), elsewhere: resolution, dependsOn, ...line };
        if (!version)
            return undefined;
        // yarn 2+'s checksum is its own archive's, not the npm tarball's.
        return { name: realName, version, dependsOn, ...line };
    }
    if (!version)
        return undefined;
    const range = first.slice(first.indexOf('@', 1) + 1);
    const resolved = typeof entry.resolved === 'string' ? entry.resolved : '';
    const source = range.startsWith('file:')
        ? { local: (0,types/* localPath */.$S)(resolved.startsWith('file:') ? resolved : range, query.root), ...sha1Integrity(resolved) }
        : types/* ELSEWHERE */.pB.test(range)
            ? { elsewhere: range }
            : typeof entry.integrity === 'string'
                ? { integrity: entry.integrity }
                : {};
    return {
        name: aliasTarget(first) ?? query.name,
        version,
        ...source,
        dependsOn,
        // yarn 1 records no peer dependencies (a toolkit often takes the MCP SDK as a peer).
        peersUnrecorded: true,
        ...line,
    };
}
/** yarn 1 writes a file tarball's SHA-1 after `#` in hex: the same digest as npm's `sha1-…`. */
function sha1Integrity(resolved) {
    const hex = /#([0-9a-f]{40})$/.exec(resolved)?.[1];
    return hex ? { integrity: `sha1-${Buffer.from(hex, 'hex').toString('base64')}` } : {};
}
/** `x@npm:real@^1` (a yarn 1 alias) → `real`. */
function aliasTarget(descriptor) {
    const at = descriptor.indexOf('@npm:', 1);
    return at > 0 ? (0,types/* splitIdent */.xN)(descriptor.slice(at + 5))?.name : undefined;
}

;// CONCATENATED MODULE: ./src/surface/lockfiles/index.js
// The version of a dependency that a package's lockfile pins (npm, pnpm, yarn 1 and 2+, bun's text
// lockfile), found from the package's folder as its package manager resolves it.










/** Read `lockfile` for the package in `packageDir`; a lockfile that cannot be read is a LockfileError naming it. */
function readLockfile(lockfile, packageDir, packageName) {
    const file = lockfile.file;
    const from = external_node_path_.relative(lockfile.root, external_node_path_.resolve(packageDir)).split(external_node_path_.sep).join('/');
    const query = (name, range) => ({
        name,
        from,
        root: lockfile.root,
        ...(range === undefined ? {} : { range }),
        ...(packageName ? { packageName } : {}),
    });
    if (external_node_path_.basename(file) === 'bun.lockb') {
        // The binary format has no public reader; bun writes the text one with --save-text-lockfile (the default since 1.2).
        throw new types/* LockfileError */.g(`${file} is bun's binary lockfile, which mcpver cannot read; run \`bun install --save-text-lockfile\` and commit bun.lock.`, { file });
    }
    let text;
    try {
        text = (0,external_node_fs_.readFileSync)(file, 'utf8');
    }
    catch (error) {
        throw new types/* LockfileError */.g(`${file} could not be read: ${error.message}`, { file, cause: error });
    }
    switch (lockfile.manager) {
        case 'npm': {
            const document = parseJsonLike(text, file, false);
            return { lockfile, locked: (name, range) => lockedInNpm(document, query(name, range), file, text) };
        }
        case 'pnpm': {
            const lock = parsePnpmLock(text, file);
            return { lockfile, locked: (name, range) => lockedInPnpm(lock, query(name, range)) };
        }
        case 'yarn':
        case 'yarn-classic': {
            const document = parseYarnLock(text, file);
            return { lockfile, locked: (name, range) => lockedInYarn(document, query(name, range), file, text) };
        }
        case 'bun': {
            const document = parseJsonLike(text, file, true);
            return { lockfile, locked: (name, range) => lockedInBun(document, query(name, range), text) };
        }
    }
}
/** JSON (npm) or JSON with trailing commas (bun.lock), with the line and column of a syntax error. */
function parseJsonLike(text, file, lenient) {
    const errors = [];
    const value = (0,main.parse)(text, errors, { allowTrailingComma: lenient, disallowComments: !lenient });
    const first = errors[0];
    if (first) {
        const { line, column } = (0,json_text/* lineColumn */.r)(text, first.offset);
        throw new types/* LockfileError */.g(`${file}:${line}:${column} is not valid JSON; mcpver cannot read which versions it pins.`, {
            file,
        });
    }
    return value;
}


/***/ })

};
