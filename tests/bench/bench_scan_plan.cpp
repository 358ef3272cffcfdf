// Benchmark (prints numbers, asserts nothing): scan + default answers +
// recommend + plan on each demo snapshot already loaded in memory — the work
// the wizard does between "Scan" and "Preview". Target: under 5 ms each.
// Loading (parsing) the file is measured separately by bench_reg_parse.
#include <algorithm>
#include <chrono>
#include <cstdio>
#include <filesystem>
#include <vector>

#include "wizard/plan.h"
#include "wizard/recommendation.h"
#include "wizard/snapshot_registry.h"

int main(int argc, char** argv) {
    std::filesystem::path folder = argc > 1 ? argv[1] : SG_SNAPSHOTS_DIR;
    const char* files[] = {"sql-server.reg", "workstation-win11.reg", "domain-controller.reg", "rds-licensing.reg",
                           "plain-server.reg", "file-print-server.reg", "legacy-regedit4.reg"};
    std::printf("| snapshot | keys | load ms | scan+recommend+plan: best ms | median ms |\n");
    std::printf("|---|--:|--:|--:|--:|\n");
    for (const char* name : files) {
        using clock = std::chrono::steady_clock;
        auto t0 = clock::now();
        sg::snapshot_registry reg(folder / name);
        double load_ms = std::chrono::duration<double, std::milli>(clock::now() - t0).count();
        std::vector<double> runs;
        std::size_t changes = 0;
        for (int i = 0; i < 200; ++i) {
            auto start = clock::now();
            auto scan = sg::scan(reg);
            auto answers = sg::default_answers(scan);
            auto prof = sg::recommend(answers, scan.product);
            auto p = sg::make_plan(scan, prof);
            runs.push_back(std::chrono::duration<double, std::milli>(clock::now() - start).count());
            changes += p.pending().size();
        }
        std::sort(runs.begin(), runs.end());
        std::printf("| %s | %zu | %.2f | %.3f | %.3f |\n", name, reg.document().keys.size(), load_ms, runs.front(),
                    runs[runs.size() / 2]);
        if (changes == 0) std::printf("(no pending change in %s)\n", name);
    }
    return 0;
}
