using System.IO;
using System.Linq;
using ResponseCriteria.Cases;

namespace ResponseCriteria.Cli;

/// <summary><c>recist evaluate</c>: evaluates case files and prints the calls as text or JSON.</summary>
internal static class EvaluateCommand
{
    internal static int Run(CommandLine.EvaluateArguments arguments, TextWriter output, TextWriter error)
    {
        var cases = CommandLine.ReadCases(arguments.Paths, error, out var unreadable);
        var outcomes = cases.Select(c => CaseEvaluator.Evaluate(c, arguments.Criteria)).ToList();
        if (arguments.Json)
        {
            output.Write(ResultJsonWriter.Write(outcomes.Where(o => o.Result is not null).Select(o => o.Result!)));
            foreach (var o in outcomes.Where(o => o.Result is null))
            {
                error.WriteLine($"recist: {o.Case.Id}: not evaluated: {o.NotEvaluatedReason}");
            }
        }
        else
        {
            foreach (var outcome in outcomes)
            {
                TextReport.Write(outcome, output);
            }
        }

        return unreadable > 0 || outcomes.Any(o => o.Result is null) ? CommandLine.BadInput : CommandLine.Ok;
    }
}
