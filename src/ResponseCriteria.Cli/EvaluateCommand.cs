using System.Collections.Generic;
using System.IO;
using System.Linq;
using ResponseCriteria.Cases;
using ResponseCriteria.Responses;

namespace ResponseCriteria.Cli;

/// <summary><c>recist evaluate</c>: evaluates case files and prints the calls as text or JSON, or both criteria side by side.</summary>
internal static class EvaluateCommand
{
    internal static int Run(CommandLine.EvaluateArguments arguments, TextWriter output, TextWriter error)
    {
        var cases = CommandLine.ReadCases(arguments.Paths, error, out var unreadable);
        IEnumerable<Criteria?> readings = arguments.Compare ? [Criteria.Recist11, Criteria.IRecist] : [arguments.Criteria];
        var outcomes = cases.SelectMany(c => readings.Select(criteria => (Case: c, Result: CaseEvaluator.Evaluate(c, criteria)))).ToList();
        if (arguments.Json)
        {
            output.Write(ResultJsonWriter.Write(outcomes.Select(o => o.Result)));
        }
        else if (arguments.Compare)
        {
            for (var i = 0; i < outcomes.Count; i += 2)
            {
                CompareReport.Write(outcomes[i].Case, outcomes[i].Result, outcomes[i + 1].Result, output);
            }
        }
        else
        {
            foreach (var outcome in outcomes)
            {
                TextReport.Write(outcome.Case, outcome.Result, output, Terminal.Colours(output));
            }
        }

        return unreadable > 0 ? CommandLine.BadInput : CommandLine.Ok;
    }
}
