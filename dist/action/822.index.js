import { createRequire as __mcpverCreateRequire } from "node:module";
import { fileURLToPath as __mcpverFileURLToPath } from "node:url";
import { dirname as __mcpverDirname } from "node:path";
const require = __mcpverCreateRequire(import.meta.url);
const __filename = __mcpverFileURLToPath(import.meta.url);
const __dirname = __mcpverDirname(__filename);
export const id = 822;
export const ids = [822];
export const modules = {

/***/ 92822:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   AM: () => (/* binding */ packageOfSpecifier),
/* harmony export */   E_: () => (/* binding */ serverEvidenceOf),
/* harmony export */   U4: () => (/* binding */ isServerPackage),
/* harmony export */   WI: () => (/* binding */ readManifest),
/* harmony export */   Xi: () => (/* binding */ candidates),
/* harmony export */   nZ: () => (/* binding */ pinOf)
/* harmony export */ });
/* unused harmony export importedPackages */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var semver__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(62088);
/* harmony import */ var ts_morph__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(28721);
/* harmony import */ var _json_text_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(44604);
/* harmony import */ var _lockfiles_types_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(6586);
/* harmony import */ var _mcp_server_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(43400);
/* harmony import */ var _package_files_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(60252);
// Which dependencies of a package may provide its MCP tools, and which version of each to read: the
// dependencies package.json names and the sources import, each pinned as the lockfile resolves it
// (a published version, a tarball file or a folder of the repository, or somewhere mcpver does not
// fetch), and whether it is an MCP server package, from what is on this machine.








const readManifest = (dir) => {
    try {
        return JSON.parse((0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync)(node_path__WEBPACK_IMPORTED_MODULE_1__.join(dir, 'package.json'), 'utf8'));
    }
    catch {
        return undefined;
    }
};
/** Why a manifest is an MCP server package (with its development dependencies), or undefined. */
const serverEvidenceOf = (manifest) => (0,_mcp_server_js__WEBPACK_IMPORTED_MODULE_6__/* .mcpServerEvidence */ .h)({
    dependencies: manifest.dependencies ?? {},
    peerDependencies: manifest.peerDependencies ?? {},
    devDependencies: manifest.devDependencies,
});
/** `@scope/name/sub` → `@scope/name`; relative paths, `node:` builtins and `#imports` are no package. */
function packageOfSpecifier(specifier) {
    if (/^[./#]/.test(specifier) || specifier.includes(':'))
        return undefined;
    const parts = specifier.split('/');
    return specifier.startsWith('@') ? (parts.length >= 2 ? `${parts[0]}/${parts[1]}` : undefined) : parts[0];
}
/** The packages the sources import (static, dynamic and `require`). */
function importedPackages(dir, files) {
    const found = new Map();
    for (const file of files) {
        let text;
        try {
            text = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync)(node_path__WEBPACK_IMPORTED_MODULE_1__.join(dir, file), 'utf8');
        }
        catch {
            continue;
        }
        for (const imported of ts_morph__WEBPACK_IMPORTED_MODULE_3__.ts.preProcessFile(text, true, true).importedFiles) {
            const name = packageOfSpecifier(imported.fileName);
            if (!name)
                continue;
            const known = found.get(name);
            if (!known)
                found.set(name, { at: { file, line: (0,_json_text_js__WEBPACK_IMPORTED_MODULE_4__/* .lineColumn */ .r)(text, imported.pos).line }, specifiers: [imported.fileName] });
            else if (!known.specifiers.includes(imported.fileName))
                known.specifiers.push(imported.fileName);
        }
    }
    return found;
}
/** Dependencies of `dir` named in package.json and imported by the sources the static reading read. */
function candidates(dir, manifest, files) {
    const ranges = {
        ...manifest.devDependencies,
        ...manifest.peerDependencies,
        ...manifest.optionalDependencies,
        ...manifest.dependencies,
    };
    const out = [];
    for (const [name, { at: importedAt, specifiers }] of importedPackages(dir, files)) {
        const range = ranges[name];
        // The SDK and the frameworks make servers; they provide no server's tools.
        if (typeof range !== 'string' || _mcp_server_js__WEBPACK_IMPORTED_MODULE_6__/* .MCP_SERVER_PACKAGES */ .b.includes(name) || name.startsWith('@types/'))
            continue;
        out.push({ name, range, importedAt, specifiers });
    }
    return out;
}
const posix = (p) => p.split(node_path__WEBPACK_IMPORTED_MODULE_1__.sep).join('/');
/** Whether `target` is `top` or inside it. */
const inside = (top, target) => {
    const relative = node_path__WEBPACK_IMPORTED_MODULE_1__.relative(top, target);
    return relative === '' || (!relative.startsWith('..') && !node_path__WEBPACK_IMPORTED_MODULE_1__.isAbsolute(relative));
};
/**
 * The version to read: as the lockfile resolves it, else as package.json says (an exact version, a
 * range, a `file:`/`link:` path). Undefined when nothing says (a `workspace:` range the lockfile
 * does not resolve). A lockfile entry that cannot be read is a LockfileError, for the caller to say.
 */
function pinOf(candidate, lock, dir, top) {
    const alias = /^npm:((?:@[^/@]+\/)?[^/@]+)@(.+)$/.exec(candidate.range);
    const name = alias?.[1] ?? candidate.name;
    const range = alias?.[2] ?? candidate.range;
    const locked = lock?.locked(candidate.name, candidate.range);
    const lockfile = lock ? posix(node_path__WEBPACK_IMPORTED_MODULE_1__.relative(top, lock.lockfile.file)) : undefined;
    const at = locked && lockfile ? { file: lockfile, ...(locked.line ? { line: locked.line } : {}) } : undefined;
    const where = at ? `${at.file}${at.line ? `:${at.line}` : ''}` : undefined;
    const local = (source, how, from) => {
        const pin = {
            name: locked?.name ?? name,
            from,
            how,
            ...(at ? { lockfile: at } : {}),
            ...(locked ? { locked } : {}),
        };
        // Nothing outside the repository is read: it is not part of what the repository pins.
        if (!inside(top, source.path))
            return { ...pin, source: { kind: 'elsewhere', spec: `${source.path} (outside the repository)` } };
        return { ...pin, source };
    };
    if (locked && where) {
        if (locked.local)
            return local(locked.local, `${locked.local.kind === 'folder' ? 'the folder' : 'the tarball'} ${posix(node_path__WEBPACK_IMPORTED_MODULE_1__.relative(top, locked.local.path))}, pinned in ${where}`, 'lockfile');
        if (locked.elsewhere)
            return {
                name: locked.name,
                source: { kind: 'elsewhere', spec: locked.elsewhere },
                from: 'lockfile',
                how: `pinned to ${locked.elsewhere} in ${where}`,
                lockfile: at,
                locked,
            };
        if (locked.version)
            return {
                name: locked.name,
                source: { kind: 'registry', spec: locked.version },
                from: 'lockfile',
                how: `pinned in ${where}`,
                lockfile: at,
                locked,
            };
    }
    if (/^(file|link):/.test(range))
        return local((0,_lockfiles_types_js__WEBPACK_IMPORTED_MODULE_5__/* .localPath */ .$S)(range, dir), `${range} in package.json`, 'package.json');
    if (_lockfiles_types_js__WEBPACK_IMPORTED_MODULE_5__/* .ELSEWHERE */ .pB.test(range))
        return { name, source: { kind: 'elsewhere', spec: range }, from: 'package.json', how: `${range} in package.json` };
    // `latest`, `next`: a name the registry moves from version to version.
    if (/^[a-z][\w.-]*$/i.test(range) && !semver__WEBPACK_IMPORTED_MODULE_2__.validRange(range))
        return {
            name,
            source: { kind: 'unpinned', spec: range },
            from: 'package.json',
            how: `"${range}" in package.json${lock ? ` (${lockfile} does not pin it)` : ', with no lockfile'}`,
        };
    // A workspace, or anything else that is not a version: not a published version.
    if (!semver__WEBPACK_IMPORTED_MODULE_2__.validRange(range))
        return undefined;
    const unpinned = lock ? ` (${lockfile} does not pin it)` : ' (no lockfile pins it)';
    if (semver__WEBPACK_IMPORTED_MODULE_2__.valid(range))
        return {
            name,
            source: { kind: 'registry', spec: range },
            from: 'package.json',
            how: `pinned in package.json${lock ? unpinned : ''}`,
        };
    return {
        name,
        source: { kind: 'registry', spec: range },
        from: 'package.json',
        how: `the version matching ${range} in package.json${unpinned}`,
    };
}
/**
 * Whether the pinned package is an MCP server package, from what is on this machine: the
 * lockfile's record of what it depends on, its folder or tarball in the repository (read later),
 * else an installed copy of any version. Undefined when nothing here says (no network is used to
 * find out: most imports are express or zod).
 */
function isServerPackage(pin, dir, top) {
    const dependsOn = pin.locked?.dependsOn;
    if (dependsOn) {
        if ((0,_mcp_server_js__WEBPACK_IMPORTED_MODULE_6__/* .mcpServerEvidence */ .h)({ dependencies: Object.fromEntries(dependsOn.map((n) => [n, '*'])), peerDependencies: {} }))
            return true;
        if (!pin.locked?.peersUnrecorded)
            return false;
    }
    if (pin.source.kind === 'folder') {
        const manifest = readManifest(pin.source.path);
        return manifest ? serverEvidenceOf(manifest) !== undefined : undefined;
    }
    // Its package.json is inside: the tarball is unpacked to read it, and read when it is one.
    if (pin.source.kind === 'tarball')
        return true;
    const installed = (0,_package_files_js__WEBPACK_IMPORTED_MODULE_7__/* .findInstalledCopy */ .NW)(pin.name, () => true, dir, top);
    if (!installed)
        return undefined;
    return serverEvidenceOf(readManifest(installed.dir) ?? {}) !== undefined;
}


/***/ }),

/***/ 6586:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $S: () => (/* binding */ localPath),
/* harmony export */   Sv: () => (/* binding */ lineWhere),
/* harmony export */   eZ: () => (/* binding */ namesOf),
/* harmony export */   g: () => (/* binding */ LockfileError),
/* harmony export */   pB: () => (/* binding */ ELSEWHERE),
/* harmony export */   u4: () => (/* binding */ isRecord),
/* harmony export */   xN: () => (/* binding */ splitIdent)
/* harmony export */ });
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(76760);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(80715);
// What a lockfile says about one dependency of a package: the version it pins, the tarball's
// integrity where the lockfile keeps it, and what that version itself depends on.


/** The 1-based line of the first line of `text` that `matches`, or undefined. */
function lineWhere(text, matches) {
    const lines = text.split('\n');
    const index = lines.findIndex(matches);
    return index < 0 ? undefined : index + 1;
}
/** A path in a lockfile (`file:vendor/x.tgz`, `packages/x`) made absolute from `base`, as a tarball or a folder by its name. */
function localPath(written, base) {
    const relative = written.replace(/^(file|link):/, '').replace(/#.*$/, '');
    return { kind: /\.(tgz|tar\.gz|tar)$/.test(relative) ? 'tarball' : 'folder', path: node_path__WEBPACK_IMPORTED_MODULE_0__.resolve(base, relative) };
}
/** A git repository, a URL or a GitHub shorthand: a source mcpver does not fetch. */
const ELSEWHERE = /^(git\+|git:|github:|gitlab:|bitbucket:|https?:|ssh:)|^[\w.-]+\/[\w.-]+(#.*)?$/;
/** A lockfile that is there but cannot be read: said with the file, never taken for "not pinned". */
class LockfileError extends _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .SnapshotError */ .JC {
    name = 'LockfileError';
}
const isRecord = (value) => typeof value === 'object' && value !== null && !Array.isArray(value);
/** The keys of each of `records` that is an object: dependency names. */
function namesOf(...records) {
    return records.flatMap((r) => (isRecord(r) ? Object.keys(r) : []));
}
/** `@scope/name@1.2.3` → name and version (the last `@` that is not the scope's). */
function splitIdent(ident) {
    const at = ident.lastIndexOf('@');
    if (at <= 0)
        return undefined;
    return { name: ident.slice(0, at), version: ident.slice(at + 1) };
}


/***/ }),

/***/ 60252:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   NW: () => (/* binding */ findInstalledCopy),
/* harmony export */   i9: () => (/* binding */ packageFiles),
/* harmony export */   wv: () => (/* binding */ tarballFiles)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77598);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(73024);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(51455);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(48161);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(76760);
/* harmony import */ var semver__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(62088);
/* harmony import */ var tar__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(98697);
/* harmony import */ var _process_cleanup_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(33292);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(80715);
/* harmony import */ var _install_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(37417);
/* harmony import */ var _setup_command_js__WEBPACK_IMPORTED_MODULE_10__ = __webpack_require__(68283);
// The published files of one version of a dependency, to read its MCP surface: an installed copy
// of exactly that version when there is one (node_modules, pnpm's store, npm's record of what it
// installed), else its tarball from the registry npm is configured with, kept in a cache under the
// OS temp folder. A cache entry appears whole or not at all (it is unpacked beside the cache and
// renamed into place), and is reused only when it is that version with the integrity the lockfile
// pins; a cache folder that another user could write to is not used at all.











const nothingToRelease = async () => undefined;
function manifestOf(dir) {
    try {
        return JSON.parse((0,node_fs__WEBPACK_IMPORTED_MODULE_1__.readFileSync)(node_path__WEBPACK_IMPORTED_MODULE_4__.join(dir, 'package.json'), 'utf8'));
    }
    catch {
        return undefined;
    }
}
/**
 * An installed copy of `name` whose version `accepts`, found as Node resolves from `from` (each
 * `node_modules` up the folders, to `top`: the repository, never a folder above it that anyone
 * could have written), including the versions pnpm keeps in `node_modules/.pnpm` and those npm
 * installed elsewhere in the tree (nested, or under an alias) as its hidden lockfile says.
 */
function findInstalledCopy(name, accepts, from, top = from) {
    const matches = (dir) => {
        const manifest = manifestOf(dir);
        return manifest?.name === name && typeof manifest.version === 'string' && accepts(manifest.version)
            ? { dir, version: manifest.version }
            : undefined;
    };
    const stop = node_path__WEBPACK_IMPORTED_MODULE_4__.resolve(top);
    for (let dir = node_path__WEBPACK_IMPORTED_MODULE_4__.resolve(from);; dir = node_path__WEBPACK_IMPORTED_MODULE_4__.dirname(dir)) {
        const modules = node_path__WEBPACK_IMPORTED_MODULE_4__.join(dir, 'node_modules');
        if ((0,node_fs__WEBPACK_IMPORTED_MODULE_1__.existsSync)(modules)) {
            const found = matches(node_path__WEBPACK_IMPORTED_MODULE_4__.join(modules, name)) ??
                inPnpmStore(modules, name, matches) ??
                inNpmRecord(dir, modules, name, matches);
            if (found)
                return found;
        }
        if (dir === stop || node_path__WEBPACK_IMPORTED_MODULE_4__.dirname(dir) === dir)
            return undefined;
    }
}
function inPnpmStore(modules, name, matches) {
    const store = node_path__WEBPACK_IMPORTED_MODULE_4__.join(modules, '.pnpm');
    if (!(0,node_fs__WEBPACK_IMPORTED_MODULE_1__.existsSync)(store))
        return undefined;
    const prefix = `${name.replace('/', '+')}@`;
    for (const entry of (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.readdirSync)(store)) {
        if (!entry.startsWith(prefix))
            continue;
        const found = matches(node_path__WEBPACK_IMPORTED_MODULE_4__.join(store, entry, 'node_modules', name));
        if (found)
            return found;
    }
    return undefined;
}
function inNpmRecord(dir, modules, name, matches) {
    let packages;
    try {
        packages =
            JSON.parse((0,node_fs__WEBPACK_IMPORTED_MODULE_1__.readFileSync)(node_path__WEBPACK_IMPORTED_MODULE_4__.join(modules, '.package-lock.json'), 'utf8'))
                .packages ?? {};
    }
    catch {
        return undefined;
    }
    for (const [key, entry] of Object.entries(packages)) {
        const installedAs = key.slice(key.lastIndexOf('node_modules/') + 'node_modules/'.length);
        if (!key.includes('node_modules/') || (entry?.name ?? installedAs) !== name)
            continue;
        const found = matches(node_path__WEBPACK_IMPORTED_MODULE_4__.join(dir, key));
        if (found)
            return found;
    }
    return undefined;
}
/** `name@version` (or `name@range`, resolved to the highest published match) from an installed copy, the cache, or the registry. */
async function packageFiles(name, spec, options) {
    const exact = semver__WEBPACK_IMPORTED_MODULE_5__.valid(spec);
    const installed = findInstalledCopy(name, (v) => (exact ? v === exact : semver__WEBPACK_IMPORTED_MODULE_5__.satisfies(v, spec)), options.cwd, options.top);
    if (installed) {
        return {
            ...installed,
            origin: `installed in ${node_path__WEBPACK_IMPORTED_MODULE_4__.relative(options.cwd, installed.dir).split(node_path__WEBPACK_IMPORTED_MODULE_4__.sep).join('/')}`,
            release: nothingToRelease,
        };
    }
    const cache = await cacheFolder(options.cacheDir);
    if (exact && cache) {
        const cached = await cachedEntry(node_path__WEBPACK_IMPORTED_MODULE_4__.join(cache, entryName(name, exact)), name, exact, options.integrity);
        if (cached)
            return {
                dir: cached,
                version: exact,
                origin: 'downloaded from the npm registry (cached)',
                release: nothingToRelease,
            };
    }
    return download(name, spec, cache, options);
}
const entryName = (name, version) => `${name.replace('/', '+')}@${version}`;
/** The cache folder, private to this user; undefined when it cannot be (someone else's, a link, writable by others): nothing is kept then. */
async function cacheFolder(configured) {
    const folder = configured ?? node_path__WEBPACK_IMPORTED_MODULE_4__.join((0,node_os__WEBPACK_IMPORTED_MODULE_3__.tmpdir)(), `mcpver-packages-${process.getuid?.() ?? 'user'}`);
    try {
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.mkdir)(folder, { mode: 0o700 });
    }
    catch (error) {
        if (error.code !== 'EEXIST')
            return undefined;
    }
    try {
        const stat = (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.lstatSync)(folder);
        const mine = process.getuid === undefined || stat.uid === process.getuid();
        // A package planted there by another user would be read as this dependency's published files.
        return stat.isDirectory() && mine && (stat.mode & 0o022) === 0 ? folder : undefined;
    }
    catch {
        return undefined;
    }
}
/** A cache entry's package folder when it holds `name@version` with the pinned integrity (when one is pinned). */
async function cachedEntry(entry, name, version, integrity) {
    const dir = node_path__WEBPACK_IMPORTED_MODULE_4__.join(entry, 'package');
    const manifest = manifestOf(dir);
    if (manifest?.name !== name || manifest.version !== version)
        return undefined;
    if (!integrity)
        return dir;
    const stored = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.readFile)(node_path__WEBPACK_IMPORTED_MODULE_4__.join(entry, 'integrity'), 'utf8').catch(() => '');
    return integrityMatches(integrity, (algorithm) => stored
        .split(/\s+/)
        .find((t) => t.startsWith(`${algorithm}-`))
        ?.slice(algorithm.length + 1))
        ? dir
        : undefined;
}
/** Strongest first, as npm's ssri picks them. */
const ALGORITHMS = ['sha512', 'sha384', 'sha256', 'sha1'];
/** Whether the strongest algorithm of `expected` (an SRI string, `sha512-… sha1-…`) gives the same digest. */
function integrityMatches(expected, digest) {
    const tokens = expected
        .trim()
        .split(/\s+/)
        .map((t) => /^([a-z0-9]+)-([A-Za-z0-9+/=]+)/.exec(t))
        .filter((m) => m !== null);
    const strongest = ALGORITHMS.find((a) => tokens.some((t) => t[1] === a));
    if (!strongest)
        return false;
    const actual = digest(strongest);
    return tokens.some((t) => t[1] === strongest && t[2] === actual);
}
async function download(name, spec, cache, options) {
    const staging = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.mkdtemp)(cache ? node_path__WEBPACK_IMPORTED_MODULE_4__.join(cache, '.download-') : node_path__WEBPACK_IMPORTED_MODULE_4__.join((0,node_os__WEBPACK_IMPORTED_MODULE_3__.tmpdir)(), 'mcpver-package-'));
    const remove = () => (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.rm)(staging, { recursive: true, force: true });
    const unregister = (0,_process_cleanup_js__WEBPACK_IMPORTED_MODULE_7__/* .registerCleanup */ .qE)('files', remove);
    const done = async () => {
        await remove();
        unregister();
    };
    try {
        const wanted = `${name}@${spec}`;
        // Errors only: npm's reason (no such version, no access) is what the gap will say.
        const words = ['npm', 'pack', wanted, '--pack-destination', staging, '--ignore-scripts', '--loglevel=error'];
        try {
            await (0,_setup_command_js__WEBPACK_IMPORTED_MODULE_10__/* .runSetupCommand */ .G)('install', words.map(_install_js__WEBPACK_IMPORTED_MODULE_9__/* .shellWord */ .r7).join(' '), options.cwd, {
                env: options.env,
                setupTimeoutMs: options.setupTimeoutMs,
            });
        }
        catch (error) {
            const reason = npmReason(error.output);
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_8__/* .SnapshotError */ .JC(reason
                ? `npm could not download ${wanted}: ${reason}`
                : `The published files of ${wanted} could not be downloaded: ${error.message}`, { cause: error });
        }
        const tarball = (await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.readdir)(staging)).find((f) => f.endsWith('.tgz'));
        if (!tarball)
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_8__/* .SnapshotError */ .JC(`npm pack ${wanted} wrote no tarball.`);
        const entry = node_path__WEBPACK_IMPORTED_MODULE_4__.join(staging, 'entry');
        const { digests, manifest } = await unpack(node_path__WEBPACK_IMPORTED_MODULE_4__.join(staging, tarball), entry, wanted, options.integrity, 'from the registry');
        if (manifest.name !== name)
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_8__/* .SnapshotError */ .JC(`The tarball of ${wanted} holds the package ${manifest.name}, not ${name}.`);
        const version = manifest.version;
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.writeFile)(node_path__WEBPACK_IMPORTED_MODULE_4__.join(entry, 'integrity'), `${ALGORITHMS.map((a) => `${a}-${digests[a]}`).join(' ')}\n`);
        const origin = 'downloaded from the npm registry';
        const dir = node_path__WEBPACK_IMPORTED_MODULE_4__.join(entry, 'package');
        if (cache) {
            const target = node_path__WEBPACK_IMPORTED_MODULE_4__.join(cache, entryName(name, version));
            if (await moveInto(entry, target, staging, name, version)) {
                await done();
                return { dir: node_path__WEBPACK_IMPORTED_MODULE_4__.join(target, 'package'), version, origin, release: nothingToRelease };
            }
            // Another check put the same version there meanwhile: theirs is as good as ours.
            const theirs = await cachedEntry(target, name, version, options.integrity);
            if (theirs) {
                await done();
                return { dir: theirs, version, origin, release: nothingToRelease };
            }
        }
        // Not cached: read where it is, removed after the reading (and on interrupt).
        return { dir, version, origin, release: done };
    }
    catch (error) {
        await done();
        throw error;
    }
}
/**
 * Rename the finished entry into the cache: atomic, so that a reader sees all of it or nothing. An
 * entry already there for this version is left alone (someone may be reading it); a broken one (no
 * readable package.json) is moved aside first, and removed with the staging folder.
 */
async function moveInto(entry, target, staging, name, version) {
    try {
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.rename)(entry, target);
        return true;
    }
    catch {
        const there = manifestOf(node_path__WEBPACK_IMPORTED_MODULE_4__.join(target, 'package'));
        if (there?.name === name && there.version === version)
            return false;
    }
    try {
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.rename)(target, node_path__WEBPACK_IMPORTED_MODULE_4__.join(staging, 'stale'));
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.rename)(entry, target);
        return true;
    }
    catch {
        return false;
    }
}
/**
 * Unpack a package tarball into `entry`/package, after checking it has the `integrity` pinned (when
 * one is): its digests, and its package.json's name and version.
 */
async function unpack(tarball, entry, wanted, integrity, where) {
    const bytes = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.readFile)(tarball);
    const digests = Object.fromEntries(ALGORITHMS.map((a) => [a, (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)(a).update(bytes).digest('base64')]));
    if (integrity && !integrityMatches(integrity, (a) => digests[a])) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_8__/* .SnapshotError */ .JC(`The tarball of ${wanted} ${where} does not have the integrity the lockfile pins (${integrity.slice(0, 24)}…): it was not read.`);
    }
    const dir = node_path__WEBPACK_IMPORTED_MODULE_4__.join(entry, 'package');
    await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.mkdir)(dir, { recursive: true });
    try {
        // Files and folders only: a link in a tarball could point anywhere on this machine.
        await (0,tar__WEBPACK_IMPORTED_MODULE_6__/* .extract */ .o6)({
            file: tarball,
            cwd: dir,
            strip: 1,
            filter: (_path, item) => 'type' in item && (item.type === 'File' || item.type === 'Directory' || item.type === 'OldFile'),
        });
    }
    catch (error) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_8__/* .SnapshotError */ .JC(`The tarball of ${wanted} ${where} could not be unpacked: ${error.message}`, {
            cause: error,
        });
    }
    const manifest = manifestOf(dir);
    if (typeof manifest?.name !== 'string' || typeof manifest.version !== 'string') {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_8__/* .SnapshotError */ .JC(`The tarball of ${wanted} ${where} holds no readable package.json with a name and a version.`);
    }
    return { digests, manifest: { name: manifest.name, version: manifest.version } };
}
/**
 * The files of a tarball on disk (a `file:` dependency, committed with the repository), unpacked
 * into a temporary folder removed at `release()` (and on interrupt); refused when it does not have
 * the integrity the lockfile pins.
 */
async function tarballFiles(file, options) {
    const staging = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.mkdtemp)(node_path__WEBPACK_IMPORTED_MODULE_4__.join((0,node_os__WEBPACK_IMPORTED_MODULE_3__.tmpdir)(), 'mcpver-tarball-'));
    const unregister = (0,_process_cleanup_js__WEBPACK_IMPORTED_MODULE_7__/* .registerCleanup */ .qE)('files', () => (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.rm)(staging, { recursive: true, force: true }));
    const release = async () => {
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.rm)(staging, { recursive: true, force: true });
        unregister();
    };
    try {
        const { manifest } = await unpack(file, staging, options.label, options.integrity, `in ${node_path__WEBPACK_IMPORTED_MODULE_4__.basename(file)}`);
        return {
            dir: node_path__WEBPACK_IMPORTED_MODULE_4__.join(staging, 'package'),
            version: manifest.version,
            origin: `unpacked from ${options.label}`,
            release,
        };
    }
    catch (error) {
        await release();
        if (error.code === 'ENOENT')
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_8__/* .SnapshotError */ .JC(`The tarball ${options.label} is not there.`, { cause: error });
        throw error;
    }
}
/**
 * npm's own reason, from its error lines (`npm error notarget No matching version found for x@1.2.3.`),
 * without the error code and the log file's path; undefined when it gave none.
 */
function npmReason(output) {
    const lines = (output ?? '')
        .split('\n')
        .map((l) => /^npm (?:error|ERR!) (.*)$/.exec(l.trim())?.[1]?.trim())
        .filter((l) => l !== undefined);
    // `notarget No matching …`: the lowercase word before the sentence is npm's tag for it.
    const said = lines
        .filter((l) => l && !/^code |complete log of this run|^\w+ In most cases/.test(l))
        .map((l) => l.replace(/^[a-z]+ (?=[A-Z0-9])/, ''));
    if (said.length === 0)
        return undefined;
    const reason = said.slice(0, 2).join(' ');
    // ETARGET on a version a lockfile pins: it was published once (the lockfile has it), and is gone.
    return /No matching version found/.test(reason)
        ? `${reason} (the registry no longer has it: it was unpublished)`
        : reason;
}


/***/ })

};
