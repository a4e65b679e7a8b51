"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.sourceFiles = sourceFiles;
const fs_1 = require("fs");
const path_1 = require("path");
/** Every `.ts` file below a folder. */
function sourceFiles(dir) {
    return (0, fs_1.readdirSync)(dir).flatMap((n) => {
        const p = (0, path_1.join)(dir, n);
        return (0, fs_1.statSync)(p).isDirectory() ? sourceFiles(p) : p.endsWith('.ts') ? [p] : [];
    });
}
