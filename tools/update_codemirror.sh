#!/bin/sh
# Rebuild graph/serve/static/codemirror/ (the query page's editor) from the npm registry.
#
#   sh tools/update_codemirror.sh          # the versions pinned in tools/codemirror/package-lock.json
#   sh tools/update_codemirror.sh --latest # move every pin in tools/codemirror/package.json to the
#                                          # newest release first, then rebuild and re-lock
#
# Installs the pinned packages (integrity-checked against the lock file) into a temporary folder,
# bundles tools/codemirror/entry.js with esbuild into one minified script that defines the global
# `CM`, and writes next to it LICENSE (the licence of every package the bundle holds) and
# VERSIONS (package@version, one a line). Needs node and npm; writes nothing else.
set -eu

root=$(cd "$(dirname "$0")/.." && pwd)
recipe="$root/tools/codemirror"
out="$root/graph/serve/static/codemirror"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

cp "$recipe/package.json" "$recipe/entry.js" "$work/"
cd "$work"
if [ "${1:-}" = "--latest" ]; then
    node -e '
        const fs = require("fs"), { execSync } = require("child_process");
        const pkg = JSON.parse(fs.readFileSync("package.json"));
        for (const group of ["dependencies", "devDependencies"])
            for (const name of Object.keys(pkg[group]))
                pkg[group][name] = execSync(`npm view ${name} version`).toString().trim();
        fs.writeFileSync("package.json", JSON.stringify(pkg, null, 2) + "\n");'
    npm install --ignore-scripts --no-audit --no-fund --loglevel=error
    # the lock keeps versions and integrity hashes; where they were fetched from is npm's setting
    node -e '
        const fs = require("fs"), lock = JSON.parse(fs.readFileSync("package-lock.json"));
        for (const entry of Object.values(lock.packages)) delete entry.resolved;
        fs.writeFileSync("package-lock.json", JSON.stringify(lock, null, 2) + "\n");'
    cp package.json package-lock.json "$recipe/"
else
    cp "$recipe/package-lock.json" .
    npm ci --ignore-scripts --no-audit --no-fund --loglevel=error
fi

mkdir -p "$out"
./node_modules/.bin/esbuild entry.js --bundle --minify --format=iife --global-name=CM \
    --target=es2020 --legal-comments=none --metafile=meta.json --outfile="$out/codemirror.js" --log-level=warning

# every package whose code is in the bundle, with its licence file
node -e '
    const fs = require("fs"), path = require("path");
    const meta = JSON.parse(fs.readFileSync("meta.json"));
    const names = new Set();
    for (const input of Object.keys(meta.inputs)) {
        const m = input.match(/node_modules\/((?:@[^/]+\/)?[^/]+)\//);
        if (m) names.add(m[1]);
    }
    const versions = [], licences = [];
    for (const name of [...names].sort()) {
        const dir = path.join("node_modules", name);
        const pkg = JSON.parse(fs.readFileSync(path.join(dir, "package.json")));
        const file = fs.readdirSync(dir).find((f) => /^licen[cs]e/i.test(f));
        if (!file) throw new Error(`${name} has no licence file`);
        versions.push(`${name}@${pkg.version} ${pkg.license}`);
        licences.push(`${name}@${pkg.version} (${pkg.license})\n\n${fs.readFileSync(path.join(dir, file), "utf8").trim()}\n`);
    }
    fs.writeFileSync(process.argv[1] + "/VERSIONS", versions.join("\n") + "\n");
    fs.writeFileSync(process.argv[1] + "/LICENSE", licences.join("\n" + "-".repeat(72) + "\n\n"));' "$out"

echo "wrote $out: $(wc -c < "$out/codemirror.js") bytes, $(wc -l < "$out/VERSIONS") packages"
