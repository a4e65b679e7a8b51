"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.report = report;
/** Prints what a workload process measured of itself, as one JSON line on stdout: peak RSS and CPU time since start. */
function report(extra = {}) {
    const usage = process.resourceUsage();
    process.stdout.write(JSON.stringify({ rssMb: usage.maxRSS / 1024, cpuMs: (usage.userCPUTime + usage.systemCPUTime) / 1000, ...extra }) + '\n');
}
