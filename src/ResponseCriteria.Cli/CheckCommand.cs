using System.Collections.Generic;
using System.IO;
using ResponseCriteria.Cases;

namespace ResponseCriteria.Cli;

/// <summary><c>recist check</c>: evaluates cases with expected calls and reports every mismatch.</summary>
internal static class CheckCommand
{
    internal static int Run(IReadOnlyList<string> paths, TextWriter output, TextWriter error)
    {
        var cases = CommandLine.ReadCases(paths, error, out var unreadable);
        int passed = 0, failed = unreadable;
        foreach (var c in cases)
        {
            if (c.Expected is null)
            {
                output.WriteLine($"skip {c.Id}: no expected block");
                continue;
            }

            var check = CaseChecker.Check(c, CaseEvaluator.Evaluate(c));
            if (check.Passed)
            {
                passed++;
                output.WriteLine($"ok   {c.Id}");
                continue;
            }

            failed++;
            output.WriteLine($"FAIL {c.Id}");
            foreach (var m in check.Mismatches)
            {
                var date = m.Date is { } d ? " " + TextReport.Date(d) : string.Empty;
                output.WriteLine($"     {m.Field}{date}: expected {m.Expected}, got {m.Actual}");
                output.WriteLine($"       {m.Explanation}");
            }
        }

        output.WriteLine($"check: {passed} passed, {failed} failed");
        return unreadable > 0 ? CommandLine.BadInput : failed > 0 ? CommandLine.Mismatch : CommandLine.Ok;
    }
}
