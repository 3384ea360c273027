import { createRequire as __mcpverCreateRequire } from "node:module";
import { fileURLToPath as __mcpverFileURLToPath } from "node:url";
import { dirname as __mcpverDirname } from "node:path";
const require = __mcpverCreateRequire(import.meta.url);
const __filename = __mcpverFileURLToPath(import.meta.url);
const __dirname = __mcpverDirname(__filename);
export const id = 710;
export const ids = [710];
export const modules = {

/***/ 48710:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   describePinned: () => (/* binding */ describePinned),
/* harmony export */   pinnedPackages: () => (/* binding */ pinnedPackages)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var semver__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(62088);
/* harmony import */ var _dependency_pins_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(92822);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(80715);
/* harmony import */ var _install_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(37417);
/* harmony import */ var _lockfiles_index_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(85107);
/* harmony import */ var _mcp_static_workspaces_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(37338);
/* harmony import */ var _package_files_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(92824);
// Tools provided by pinned packages that the server's own code registers: a server that keeps a
// registry of providers (`new CodeAnalyzerProvider()` imported from a package it pins to an exact
// version) and registers what each provider's `provideTools()` returns. The tools change when the
// pin moves, and the copy of that package in the repository's workspace (if any) is not at the
// pinned version at a given tag: the surface is read from the files of the version pinned
// (installed, cached, or downloaded from the registry npm is configured with), as the server's code.









/** At most this many packages are fetched for one reading (each is a download). */
const MAX_PACKAGES = 24;
/**
 * JavaScript a package may hold to be read as the server's code: a single bundle of a megabyte
 * (every dependency rolled in) takes the static reader minutes, and is said as a gap instead.
 */
const MAX_CODE_BYTES = 512 * 1024;
const REGISTRATION = /\.(registerTool|registerPrompt|registerResource|setRequestHandler|tool|addTool)\s*\(/;
/** Whether a package's JavaScript makes registrations on a server itself. */
function registersItself(dir) {
    let found = false;
    const walk = (folder) => {
        for (const entry of (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readdirSync)(folder, { withFileTypes: true })) {
            if (found || entry.name === 'node_modules' || entry.isSymbolicLink())
                continue;
            const full = node_path__WEBPACK_IMPORTED_MODULE_1__.join(folder, entry.name);
            if (entry.isDirectory())
                walk(full);
            else if (/\.[cm]?js$/.test(entry.name) && REGISTRATION.test((0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync)(full, 'utf8')))
                found = true;
        }
    };
    walk(dir);
    return found;
}
/** The bytes of JavaScript in a package's files (its own node_modules left out). */
function codeSize(dir) {
    let total = 0;
    const walk = (folder) => {
        for (const entry of (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readdirSync)(folder, { withFileTypes: true })) {
            if (entry.name === 'node_modules' || entry.isSymbolicLink())
                continue;
            const full = node_path__WEBPACK_IMPORTED_MODULE_1__.join(folder, entry.name);
            if (entry.isDirectory())
                walk(full);
            else if (/\.[cm]?js$/.test(entry.name))
                total += (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.statSync)(full).size;
        }
    };
    walk(dir);
    return total;
}
/**
 * Whether a pinned dependency may provide the server's tools: it depends on an MCP SDK or framework
 * (the lockfile says so), or it is a package of the same workspace (published from the repository,
 * pinned to one of its releases) that does, or that builds on another such package.
 */
function providesTools(pin, dir, top, workspace) {
    if ((0,_dependency_pins_js__WEBPACK_IMPORTED_MODULE_3__/* .isServerPackage */ .U4)(pin, dir, top) === true)
        return true;
    const folder = workspace.get(pin.name);
    if (!folder)
        return false;
    const manifest = (0,_dependency_pins_js__WEBPACK_IMPORTED_MODULE_3__/* .readManifest */ .WI)(folder);
    if (!manifest)
        return false;
    if ((0,_dependency_pins_js__WEBPACK_IMPORTED_MODULE_3__/* .serverEvidenceOf */ .E_)(manifest))
        return true;
    const needs = { ...manifest.dependencies, ...manifest.peerDependencies };
    return Object.keys(needs).some((name) => {
        const other = workspace.get(name);
        const theirs = other ? (0,_dependency_pins_js__WEBPACK_IMPORTED_MODULE_3__/* .readManifest */ .WI)(other) : undefined;
        return theirs !== undefined && (0,_dependency_pins_js__WEBPACK_IMPORTED_MODULE_3__/* .serverEvidenceOf */ .E_)(theirs) !== undefined;
    });
}
/** The packages the sources import, pinned to an exact published version, that may provide tools: fetched at that version. */
async function pinnedPackages(dir, files, options = {}) {
    const out = { packages: new Map(), read: [], gaps: [], release: async () => undefined };
    const manifest = (0,_dependency_pins_js__WEBPACK_IMPORTED_MODULE_3__/* .readManifest */ .WI)(dir);
    if (!manifest)
        return out;
    const found = (0,_dependency_pins_js__WEBPACK_IMPORTED_MODULE_3__/* .candidates */ .Xi)(dir, manifest, files);
    if (found.length === 0)
        return out;
    const top = (0,_install_js__WEBPACK_IMPORTED_MODULE_5__/* .repositoryTop */ .Ky)(dir);
    const workspace = (0,_mcp_static_workspaces_js__WEBPACK_IMPORTED_MODULE_7__/* .workspacePackages */ .L)(dir);
    let lock;
    try {
        const lockfile = (0,_install_js__WEBPACK_IMPORTED_MODULE_5__/* .findLockfile */ .$M)(dir, top);
        lock = lockfile ? (0,_lockfiles_index_js__WEBPACK_IMPORTED_MODULE_6__/* .readLockfile */ .G)(lockfile, dir, manifest.name) : undefined;
    }
    catch (error) {
        if (!(error instanceof _errors_js__WEBPACK_IMPORTED_MODULE_4__/* .SnapshotError */ .JC))
            throw error;
    }
    const releases = [];
    out.release = async () => {
        for (const release of releases.splice(0))
            await release();
    };
    for (const candidate of found) {
        if (out.packages.size >= MAX_PACKAGES)
            break;
        let pin;
        try {
            pin = (0,_dependency_pins_js__WEBPACK_IMPORTED_MODULE_3__/* .pinOf */ .nZ)(candidate, lock, dir, top);
        }
        catch (error) {
            if (!(error instanceof _errors_js__WEBPACK_IMPORTED_MODULE_4__/* .SnapshotError */ .JC))
                throw error;
            pin = (0,_dependency_pins_js__WEBPACK_IMPORTED_MODULE_3__/* .pinOf */ .nZ)(candidate, undefined, dir, top);
        }
        // A lockfile entry of another version (an older range of the same package) is not this pin.
        if (pin?.source.kind === 'registry' && semver__WEBPACK_IMPORTED_MODULE_2__.valid(candidate.range) && pin.source.spec !== candidate.range)
            pin = (0,_dependency_pins_js__WEBPACK_IMPORTED_MODULE_3__/* .pinOf */ .nZ)(candidate, undefined, dir, top);
        // Only an exact published version: a range would be read at whatever version is newest today.
        if (!pin || pin.source.kind !== 'registry' || !semver__WEBPACK_IMPORTED_MODULE_2__.valid(pin.source.spec))
            continue;
        if (!providesTools(pin, dir, top, workspace))
            continue;
        // The workspace's copy at this version is the source of what was published: read from there.
        const copy = workspace.get(pin.name);
        if (copy && (0,_dependency_pins_js__WEBPACK_IMPORTED_MODULE_3__/* .readManifest */ .WI)(copy)?.version === pin.source.spec)
            continue;
        try {
            const fetched = await (0,_package_files_js__WEBPACK_IMPORTED_MODULE_8__/* .packageFiles */ .i9)(pin.name, pin.source.spec, {
                cwd: dir,
                top,
                integrity: pin.locked?.integrity,
                cacheDir: options.cacheDir,
                env: options.env,
                setupTimeoutMs: options.setupTimeoutMs,
            });
            releases.push(fetched.release);
            // A package that registers on a server itself is a server of its own: read as one, by the
            // dependency reading (mcp-dependency.ts), not as code of this server.
            if (registersItself(fetched.dir))
                continue;
            const size = codeSize(fetched.dir);
            if (size > MAX_CODE_BYTES) {
                out.gaps.push({
                    part: 'mcp',
                    message: `the dependency ${pin.name}@${fetched.version} (${pin.how}; imported here) may provide tools the server registers, and its files hold ${Math.round(size / 1024)} KiB of JavaScript (a bundle), more than mcpver reads as the server's code (${MAX_CODE_BYTES / 1024} KiB)`,
                    location: candidate.importedAt,
                    hidesItems: true,
                });
                continue;
            }
            out.packages.set(candidate.name, fetched.dir);
            out.read.push(`${pin.name}@${fetched.version} (${pin.how}, ${fetched.origin})`);
        }
        catch (error) {
            if (!(error instanceof _errors_js__WEBPACK_IMPORTED_MODULE_4__/* .SnapshotError */ .JC))
                throw error;
            // Not fetched: the dependency reading that follows tries it again and says it, as a gap that may hide items.
        }
    }
    return out;
}
/** `a@1 (…)`, `b@2 (…)`: said in what was tried. */
function describePinned(read) {
    return `the tools of the pinned packages ${read.join(', ')}, read as the server's code`;
}


/***/ })

};
