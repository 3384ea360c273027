import { createRequire as __mcpverCreateRequire } from "node:module";
import { fileURLToPath as __mcpverFileURLToPath } from "node:url";
import { dirname as __mcpverDirname } from "node:path";
const require = __mcpverCreateRequire(import.meta.url);
const __filename = __mcpverFileURLToPath(import.meta.url);
const __dirname = __mcpverDirname(__filename);
export const id = 874;
export const ids = [874];
export const modules = {

/***/ 52874:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  readDependencySurfaces: () => (/* binding */ readDependencySurfaces),
  withDependencySurfaces: () => (/* binding */ withDependencySurfaces)
});

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./src/surface/errors.js
var errors = __webpack_require__(80715);
// EXTERNAL MODULE: ./src/surface/dependency-pins.js
var dependency_pins = __webpack_require__(92822);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
;// CONCATENATED MODULE: ./node_modules/resolve.exports/dist/index.mjs
function e(e,n,r){throw new Error(r?`No known conditions for "${n}" specifier in "${e}" package`:`Missing "${n}" specifier in "${e}" package`)}function n(n,i,o,f){let s,u,l=r(n,o),c=function(e){let n=new Set(["default",...e.conditions||[]]);return e.unsafe||n.add(e.require?"require":"import"),e.unsafe||n.add(e.browser?"browser":"node"),n}(f||{}),a=i[l];if(void 0===a){let e,n,r,t;for(t in i)n&&t.length<n.length||("/"===t[t.length-1]&&l.startsWith(t)?(u=l.substring(t.length),n=t):t.length>1&&(r=t.indexOf("*",1),~r&&(e=RegExp("^"+t.substring(0,r)+"(.*)"+t.substring(1+r)+"$").exec(l),e&&e[1]&&(u=e[1],n=t))));a=i[n]}return a||e(n,l),s=t(a,c),s||e(n,l,1),u&&function(e,n){let r,t=0,i=e.length,o=/[*]/g,f=/[/]$/;for(;t<i;t++)e[t]=o.test(r=e[t])?r.replace(o,(()=>n)):f.test(r)?r+n:r}(s,u),s}function r(e,n,r){if(e===n||"."===n)return".";let t=e+"/",i=t.length,o=n.slice(0,i)===t,f=o?n.slice(i):n;return"#"===f[0]?f:o||!r?"./"===f.slice(0,2)?f:"./"+f:f}function t(e,n,r){if(e){if("string"==typeof e)return r&&r.add(e),[e];let i,o;if(Array.isArray(e)){for(o=r||new Set,i=0;i<e.length;i++)t(e[i],n,o);if(!r&&o.size)return[...o]}else for(i in e)if(n.has(i))return t(e[i],n,r)}}function i(e,n={}){let t,i=0,o=n.browser,f=n.fields||["module","main"],s="string"==typeof o;for(o&&!f.includes("browser")&&(f.unshift("browser"),s&&(o=r(e.name,o,!0)));i<f.length;i++)if(t=e[f[i]]){if("string"==typeof t);else{if("object"!=typeof t||"browser"!=f[i])continue;if(s&&(t=t[o],null==t))return o}return"string"==typeof t?"./"+t.replace(/^\.?\//,""):t}}function o(e,r,t){let i,o=e.exports;if(o){if("string"==typeof o)o={".":o};else for(i in o){"."!==i[0]&&(o={".":o});break}return n(e.name,o,r||".",t)}}function f(e,r,t){if(e.imports)return n(e.name,e.imports,r,t)}function s(e,n,t){return"#"===(n=r(e.name,n||"."))[0]?f(e,n,t):o(e,n,t)}
// EXTERNAL MODULE: ./node_modules/ts-morph/dist/ts-morph.js
var ts_morph = __webpack_require__(28721);
;// CONCATENATED MODULE: ./src/surface/dependency-entries.js
// Which files of a dependency make the part the server uses: the entry points its imports name
// (`@x/toolkit/modelcontextprotocol`), resolved through the package's `exports` as an ES module
// import resolves them (else `module`/`main`), and the files those reach by relative imports. A
// toolkit ships one build per framework and per module format; reading all of them would mix the
// tools of other frameworks in, and the same tool twice.




/** Files followed from the entry points before the rest is left out (a vendored tree is not one toolkit). */
const MAX_REACHED = 2_000;
/** What a relative specifier may leave out, tried in order (`./x` → `./x.js`, `./x/index.js`; `./x.js` → `./x.ts` in sources). */
const EXTENSIONS = ['', '.js', '.mjs', '.cjs', '.ts', '.mts', '.cts', '.tsx', '.jsx'];
const INDEXES = ['index.js', 'index.mjs', 'index.cjs', 'index.ts'];
const SOURCE = /\.(ts|tsx|mts|cts|js|mjs|cjs|jsx)$/;
const isFile = (file) => (0,external_node_fs_.existsSync)(file) && (0,external_node_fs_.statSync)(file).isFile();
/** `@x/toolkit/mcp` → `./mcp`; `@x/toolkit` → `.`. */
function subpathOf(specifier, name) {
    return specifier === name ? '.' : `.${specifier.slice(name.length)}`;
}
/** The file a relative (or package-internal) path names, with the extensions and index files a bundler would try. */
function resolveFile(base) {
    for (const extension of EXTENSIONS)
        if (isFile(base + extension))
            return base + extension;
    // Sources import `./x.js` for `./x.ts`.
    const swapped = base
        .replace(/\.js$/, '.ts')
        .replace(/\.mjs$/, '.mts')
        .replace(/\.cjs$/, '.cts');
    if (swapped !== base && isFile(swapped))
        return swapped;
    for (const index of INDEXES)
        if (isFile(external_node_path_.join(base, index)))
            return external_node_path_.join(base, index);
    return undefined;
}
/** The file one subpath of the package resolves to for an ES module import, or undefined. */
function entryFile(dir, manifest, subpath) {
    let targets = [];
    if (manifest.exports !== undefined) {
        try {
            targets = o(manifest, subpath, { require: false, conditions: ['module', 'node'] }) ?? [];
        }
        catch {
            // The subpath is not exported (or only under other conditions): a CommonJS require may still reach it.
            try {
                targets = o(manifest, subpath, { require: true, conditions: ['node'] }) ?? [];
            }
            catch {
                targets = [];
            }
        }
    }
    else if (subpath === '.') {
        const main = i(manifest, { fields: ['module', 'main'] });
        targets = typeof main === 'string' ? [main] : ['./index.js'];
    }
    else {
        targets = [subpath];
    }
    for (const target of targets) {
        if (/\.d\.[cm]?ts$/.test(target))
            continue;
        const file = resolveFile(external_node_path_.resolve(dir, target));
        if (file && SOURCE.test(file))
            return file;
    }
    return undefined;
}
/** The relative imports of one file, resolved to files of the package. */
function relativeImports(file, dir) {
    let text;
    try {
        text = (0,external_node_fs_.readFileSync)(file, 'utf8');
    }
    catch {
        return [];
    }
    const out = [];
    for (const imported of ts_morph.ts.preProcessFile(text, true, true).importedFiles) {
        if (!imported.fileName.startsWith('.'))
            continue;
        const target = resolveFile(external_node_path_.resolve(external_node_path_.dirname(file), imported.fileName));
        if (target &&
            target.startsWith(dir + external_node_path_.sep) &&
            !target.includes(`${external_node_path_.sep}node_modules${external_node_path_.sep}`) &&
            SOURCE.test(target))
            out.push(target);
    }
    return out;
}
/** The files of the package in `dir` that `subpaths` (`.`, `./mcp`) reach. */
function dependencyEntries(dir, manifest, subpaths) {
    const root = external_node_path_.resolve(dir);
    const entries = [...new Set(subpaths.map((s) => entryFile(root, manifest, s)).filter((f) => f !== undefined))];
    if (entries.length === 0)
        return { entries: [] };
    const reached = new Set(entries);
    const queue = [...entries];
    while (queue.length > 0 && reached.size < MAX_REACHED) {
        for (const next of relativeImports(queue.shift(), root)) {
            if (reached.has(next))
                continue;
            reached.add(next);
            queue.push(next);
        }
    }
    const relative = (f) => external_node_path_.relative(root, f).split(external_node_path_.sep).join('/');
    return { files: [...reached].map(relative).sort(), entries: entries.map(relative) };
}

// EXTERNAL MODULE: ./src/surface/generated-tools.js
var generated_tools = __webpack_require__(16413);
// EXTERNAL MODULE: ./src/surface/install.js
var install = __webpack_require__(37417);
// EXTERNAL MODULE: ./src/surface/lockfiles/index.js + 4 modules
var lockfiles = __webpack_require__(85107);
// EXTERNAL MODULE: ./src/surface/mcp-static/index.js + 13 modules
var mcp_static = __webpack_require__(56020);
// EXTERNAL MODULE: ./src/surface/package-files.js + 3 modules
var package_files = __webpack_require__(92824);
;// CONCATENATED MODULE: ./src/surface/mcp-dependency.js
// Tools that live in a dependency. Some servers declare no tool of their own: they construct a
// server that an npm package they depend on provides (`new StripeAgentToolkit(…)`), so their
// surface changes when the lockfile moves that package to another version. This finds such
// dependencies (dependency-pins.ts), takes the version the lockfile pins, and reads that version's
// published files (or its tarball or folder in the repository) statically. A dependency known to
// be an MCP server package that cannot be read is a gap that may hide items, never a silence.









/** Find the dependencies that provide the server's tools, and read each at the version the lockfile pins. */
async function readDependencySurfaces(dir, own, options = {}) {
    const reading = { surfaces: [], gaps: [], warnings: [] };
    const manifest = (0,dependency_pins/* readManifest */.WI)(dir);
    if (!manifest)
        return reading;
    const found = (0,dependency_pins/* candidates */.Xi)(dir, manifest, own.files).filter((c) => !options.skip?.has(c.name));
    if (found.length === 0)
        return reading;
    const top = (0,install/* repositoryTop */.Ky)(dir);
    const lockfile = (0,install/* findLockfile */.$M)(dir, top);
    let lock;
    try {
        lock = lockfile ? (0,lockfiles/* readLockfile */.G)(lockfile, dir, manifest.name) : undefined;
    }
    catch (error) {
        if (!(error instanceof errors/* SnapshotError */.JC))
            throw error;
        reading.warnings.push({
            part: 'mcp',
            message: `${error.message} The versions of dependencies that may provide tools are taken from package.json instead.`,
        });
    }
    const unknown = [];
    for (const candidate of found) {
        let pin;
        try {
            pin = (0,dependency_pins/* pinOf */.nZ)(candidate, lock, dir, top);
        }
        catch (error) {
            if (!(error instanceof errors/* SnapshotError */.JC))
                throw error;
            // One entry the lockfile holds ambiguously: said, and this dependency is judged without it.
            reading.warnings.push({ part: 'mcp', message: error.message, location: candidate.importedAt });
            pin = (0,dependency_pins/* pinOf */.nZ)(candidate, undefined, dir, top);
        }
        if (!pin)
            continue;
        const server = (0,dependency_pins/* isServerPackage */.U4)(pin, dir, top);
        if (server === undefined)
            unknown.push(candidate.name);
        if (server)
            await readOne(dir, top, candidate, pin, options, reading);
    }
    if (unknown.length > 0 && reading.surfaces.length === 0) {
        const one = unknown.length === 1;
        const why = lock?.lockfile.manager === 'yarn-classic'
            ? 'yarn 1 lockfiles do not record peer dependencies'
            : lock
                ? `${external_node_path_.basename(lock.lockfile.file)} does not record what ${one ? 'it depends' : 'they depend'} on`
                : 'no lockfile records what they depend on';
        // Not a place that hides items (most imports are libraries), but said where the reading is told.
        reading.gaps.push({
            part: 'mcp',
            message: `whether ${one ? 'the dependency' : `${unknown.length} dependencies`} ${listed(unknown)} provide${one ? 's' : ''} tools of ${one ? 'its' : 'their'} own is not known here (${why}, and ${one ? 'it is' : 'they are'} not installed); install the dependencies (\`install:\` in .github/mcpver.yml) to have ${one ? 'it' : 'them'} read`,
            location: found.find((c) => c.name === unknown[0]).importedAt,
            hidesItems: false,
        });
    }
    return reading;
}
/** `a, b, c and 4 more`. */
function listed(names, shown = 5) {
    return names.length > shown
        ? `${names.slice(0, shown).join(', ')} and ${names.length - shown} more`
        : names.join(', ');
}
/** The files of the pinned version: published (installed, cached or downloaded), or the tarball or folder in the repository. */
async function filesOf(dir, top, pin, options) {
    const { source } = pin;
    switch (source.kind) {
        case 'registry':
            return (0,package_files/* packageFiles */.i9)(pin.name, source.spec, {
                cwd: dir,
                top,
                integrity: pin.locked?.integrity,
                cacheDir: options.cacheDir,
                env: options.env,
                setupTimeoutMs: options.setupTimeoutMs,
            });
        case 'tarball':
            return (0,package_files/* tarballFiles */.wv)(source.path, {
                integrity: pin.locked?.integrity,
                label: external_node_path_.relative(top, source.path).split(external_node_path_.sep).join('/'),
            });
        case 'folder': {
            const manifest = (0,dependency_pins/* readManifest */.WI)(source.path);
            if (!manifest)
                throw new errors/* SnapshotError */.JC(`the folder ${external_node_path_.relative(top, source.path).split(external_node_path_.sep).join('/') || '.'} has no readable package.json.`);
            // A private workspace package often has no version: its sources are what a release serves.
            return {
                dir: source.path,
                version: typeof manifest.version === 'string' ? manifest.version : 'workspace',
                origin: 'in the repository',
                release: async () => undefined,
            };
        }
        case 'elsewhere':
            throw new errors/* SnapshotError */.JC(`it comes from ${source.spec}, which mcpver does not fetch (it reads published versions, and tarballs and folders inside the repository).`);
        case 'unpinned':
            // Reading today's version for both releases would compare it with itself, and find nothing.
            throw new errors/* SnapshotError */.JC(`it is not pinned: package.json asks for the dist-tag "${source.spec}" and no lockfile pins a version, so which version a release serves depends on the day it is installed; pin it (commit a lockfile, or give an exact version) to have its tools compared.`);
    }
}
/** `x@1.2.3` for a published version, else `x` (`pin.how` says where): the dependency as a maintainer names it before it is read. */
function pinLabel(pin) {
    return pin.source.kind === 'registry' ? `${pin.name}@${pin.source.spec}` : pin.name;
}
async function readOne(dir, top, candidate, pin, options, reading) {
    const label = pinLabel(pin);
    const cannot = (what, why, hidesItems = true) => {
        reading.gaps.push({
            part: 'mcp',
            message: `the dependency ${what} (${pin.how}; imported here) is an MCP server package whose ${why}`,
            location: candidate.importedAt,
            hidesItems,
        });
    };
    let files;
    try {
        files = await filesOf(dir, top, pin, options);
    }
    catch (error) {
        if (!(error instanceof errors/* SnapshotError */.JC))
            throw error;
        cannot(label, `tools could not be read: ${error.message}`);
        return;
    }
    try {
        const published = (0,dependency_pins/* readManifest */.WI)(files.dir) ?? {};
        // An installed copy of another version said it was one; this version may not be.
        if (!(0,dependency_pins/* serverEvidenceOf */.E_)(published))
            return;
        const dependency = {
            name: pin.name,
            version: files.version,
            from: pin.from,
            ...(pin.source.kind === 'folder' || pin.source.kind === 'tarball' ? { source: pin.source.kind } : {}),
            ...(pin.lockfile ? { lockfile: pin.lockfile } : {}),
        };
        const id = `${pin.name}@${files.version}`;
        // Only what the server imports: a toolkit ships a build per framework and per module format.
        const entries = dependencyEntries(files.dir, { name: pin.name, ...published }, candidate.specifiers.map((s) => subpathOf(s, candidate.name)));
        let extracted;
        try {
            // Its files are gone after the reading: a toolkit that makes tools from an OpenAPI document is told now.
            extracted = (0,generated_tools/* explainGeneratedTools */.k)(files.dir, await (0,mcp_static.takeStaticMcpSurface)(files.dir, entries.files ? { include: entries.files } : {})).surface;
        }
        catch (error) {
            if (!(error instanceof errors/* SnapshotError */.JC))
                throw error;
            cannot(id, `files could not be read: ${error.message}`);
            return;
        }
        const { mcp } = extracted;
        if (mcp.tools.length + mcp.prompts.length + mcp.resources.length + mcp.resourceTemplates.length === 0) {
            // Its own reading found nothing: what it could not follow may hide its tools; without such a
            // place it may well declare none (a helper library that only uses the SDK's types).
            const hiding = extracted.gaps.find((g) => g.hidesItems);
            const where = hiding?.location
                ? ` at ${hiding.location.file}${hiding.location.line ? `:${hiding.location.line}` : ''}`
                : '';
            cannot(id, `files (${extracted.files.length}, ${files.origin}) declare no tool that could be read${hiding ? `: ${hiding.message.replace(/^no tool could be read; /, '')}${where}` : ''}`, hiding !== undefined);
            return;
        }
        const from = entries.files ? ` from ${entries.entries.join(', ')}` : '';
        const tried = `the tools of the dependency ${id}, ${pin.how} (static reading of ${extracted.files.length} file${extracted.files.length === 1 ? '' : 's'}${from}, ${files.origin})`;
        // Its places are in its files, not in this package's sources: said in the message, and each
        // item is located where the package imports it, where a maintainer can act.
        const inDependency = ({ location, ...rest }) => ({
            ...rest,
            message: `in ${id}${location ? ` (${location.file}${location.line ? `:${location.line}` : ''})` : ''}: ${rest.message}`,
            location: candidate.importedAt,
        });
        const locations = Object.fromEntries(Object.keys(mcp.locations ?? {}).map((item) => [item, candidate.importedAt]));
        reading.surfaces.push({
            dependency,
            tried,
            mcp: { ...mcp, locations },
            gaps: extracted.gaps.map(inDependency),
            warnings: extracted.warnings.map(inDependency),
        });
    }
    finally {
        await files.release();
    }
}
/** Each list, the field that names its items, and the prefix of their keys in `locations` (as the static reader writes them). */
const LISTS = [
    ['tools', 'name', 'tool'],
    ['prompts', 'name', 'prompt'],
    ['resources', 'uri', 'resource'],
    ['resourceTemplates', 'uriTemplate', 'resource-template'],
];
/** The package's own reading with the dependencies' items added (its own items win a name both declare), and what that took. */
function withDependencySurfaces(own, reading) {
    const mcp = {
        ...own.mcp,
        tools: [...own.mcp.tools],
        prompts: [...own.mcp.prompts],
        resources: [...own.mcp.resources],
        resourceTemplates: [...own.mcp.resourceTemplates],
        locations: { ...own.mcp.locations },
        ...(own.mcp.conditions ? { conditions: { ...own.mcp.conditions } } : {}),
    };
    const gaps = [...own.gaps, ...reading.gaps];
    const warnings = [...own.warnings, ...reading.warnings, ...reading.gaps.map(({ hidesItems: _, ...w }) => w)];
    for (const { mcp: theirs, gaps: theirGaps, warnings: theirWarnings } of reading.surfaces) {
        for (const [list, key, prefix] of LISTS) {
            const mine = mcp[list];
            const have = new Set(mine.map((item) => item[key]));
            for (const item of theirs[list]) {
                if (have.has(item[key]))
                    continue;
                mine.push(item);
                const id = `${prefix}:${String(item[key])}`;
                if (theirs.locations?.[id])
                    mcp.locations[id] = theirs.locations[id];
                if (theirs.conditions?.[id])
                    mcp.conditions = { ...mcp.conditions, [id]: theirs.conditions[id] };
            }
        }
        mcp.capabilities = { ...theirs.capabilities, ...mcp.capabilities };
        gaps.push(...theirGaps);
        warnings.push(...theirWarnings);
    }
    return {
        surface: { ...own, mcp, gaps, warnings },
        tried: reading.surfaces.map((s) => s.tried),
        dependencies: reading.surfaces.map((s) => s.dependency),
    };
}


/***/ })

};
