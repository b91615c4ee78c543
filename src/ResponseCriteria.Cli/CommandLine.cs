using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using ResponseCriteria.Cases;
using ResponseCriteria.Responses;

namespace ResponseCriteria.Cli;

/// <summary>The <c>recist</c> command line: parses arguments and dispatches to the commands. Holds no rules.</summary>
internal static class CommandLine
{
    internal const int Ok = 0;
    internal const int Mismatch = 1;
    internal const int BadInput = 2;

    internal const string Usage = """
        recist: RECIST 1.1 and iRECIST response calls from lesion measurements, every call explained.

        usage:
          recist evaluate FILE|DIR... [--format text|json] [--criteria "RECIST 1.1"|iRECIST] [--compare]
              Evaluates each case file (a directory: every *.json in it) and prints, per case, a table of the
              time points (date, days, target sum, change from baseline and nadir, target / non-target /
              new-lesion / overall response, explanation), then the best overall response, the progression
              dates and the response patterns. --criteria re-reads the cases under other criteria; --compare
              prints the RECIST 1.1 and iRECIST readings side by side.
          recist check FILE|DIR...
              Evaluates every case with an "expected" block and compares the calls; prints each mismatch and
              ends with "check: N passed, N failed". Exit 0 when all pass, 1 on a mismatch, 2 on unreadable input.
          recist sdtm --tu TU --tr TR [--supptr SUPPTR] [--rs RS] [--criteria "RECIST 1.1"|iRECIST]
                      [--evaluator NAME] [--out DIR] [--date-imputation first|mid|last]
                      [--confirm-days N] [--max-ne N] [--accept-sd] [--sd-days N]
                      [--pd-reference nadir|baseline] [--pd-min-mm N] [--progression-final] [--reappearance-pd]
              Reads CDISC SDTM tumour domains (CSV or Dataset-JSON), evaluates every subject and evaluator,
              and with --rs compares the derived time-point calls with the recorded ones, ending with
              "concordance: N agree, N disagree". --rs alone (or with --tu for the reference start dates)
              derives best overall response from the recorded calls. Visits are called as trial databases record them: each from its own data, reappearance
              after CR judged by the sums (--progression-final and --reappearance-pd restore the evaluator's
              guideline defaults). --out writes adrs_ovr.csv, adrs_bor.csv and issues.csv. Exit 0 on a
              completed run (disagreements are findings), 2 on unreadable input.
          recist --help | --version
        """;

    internal static int Run(string[] args, TextWriter output, TextWriter error)
    {
        ArgumentNullException.ThrowIfNull(args);
        if (args.Length == 0 || args[0] is "-h" or "--help" or "help")
        {
            output.WriteLine(Usage);
            return args.Length == 0 ? BadInput : Ok;
        }

        if (args[0] == "--version")
        {
            output.WriteLine(typeof(CommandLine).Assembly.GetName().Version?.ToString(3) ?? "unknown");
            return Ok;
        }

        var rest = args.Skip(1).ToList();
        try
        {
            return args[0] switch
            {
                "evaluate" => EvaluateCommand.Run(ParseEvaluate(rest), output, error),
                "check" => CheckCommand.Run(ParsePaths(rest, "check"), output, error),
                "sdtm" => SdtmCommand.Run(SdtmCommand.Parse(rest, message => new UsageException(message)), output, error),
                _ => throw new UsageException($"unknown command '{args[0]}'"),
            };
        }
        catch (UsageException e)
        {
            error.WriteLine($"recist: {e.Message}");
            error.WriteLine("run 'recist --help' for usage");
            return BadInput;
        }
    }

    private static EvaluateArguments ParseEvaluate(List<string> args)
    {
        var format = "text";
        var compare = false;
        Criteria? criteria = null;
        var paths = new List<string>();
        for (var i = 0; i < args.Count; i++)
        {
            switch (args[i])
            {
                case "--format":
                    format = Value(args, ref i);
                    if (format is not ("text" or "json"))
                    {
                        throw new UsageException($"--format expects text or json, not '{format}'");
                    }

                    break;
                case "--criteria":
                    criteria = ParseCriteria(Value(args, ref i), message => new UsageException(message));
                    break;
                case "--compare":
                    compare = true;
                    break;
                default:
                    paths.Add(Path(args[i]));
                    break;
            }
        }

        if (compare && criteria is not null)
        {
            throw new UsageException("--compare reads both criteria; leave out --criteria");
        }

        return new EvaluateArguments(RequirePaths(paths, "evaluate"), format == "json", criteria, compare);
    }

    /// <summary>Reads a --criteria value ("RECIST 1.1" or iRECIST, case and spaces ignored).</summary>
    internal static Criteria ParseCriteria(string name, Func<string, Exception> usage)
        => ResponseCodes.TryParseCriteria(name, out var criteria) ? criteria : throw usage($"--criteria expects \"RECIST 1.1\" or iRECIST, not '{name}'");

    private static List<string> ParsePaths(List<string> args, string command)
        => RequirePaths(args.Select(Path).ToList(), command);

    private static string Path(string arg)
        => arg.StartsWith("--", StringComparison.Ordinal) ? throw new UsageException($"unknown option '{arg}'") : arg;

    private static List<string> RequirePaths(List<string> paths, string command)
        => paths.Count > 0 ? paths : throw new UsageException($"{command} needs at least one FILE or DIR");

    private static string Value(List<string> args, ref int i)
        => ++i < args.Count ? args[i] : throw new UsageException($"{args[i - 1]} needs a value");

    /// <summary>Expands the FILE|DIR arguments: a directory gives its *.json files in ordinal order.</summary>
    internal static IEnumerable<string> Files(IEnumerable<string> paths)
    {
        foreach (var path in paths)
        {
            if (Directory.Exists(path))
            {
                foreach (var file in Directory.GetFiles(path, "*.json").OrderBy(f => f, StringComparer.Ordinal))
                {
                    yield return file;
                }
            }
            else
            {
                yield return path;
            }
        }
    }

    /// <summary>Reads the cases, reporting each unreadable one on <paramref name="error"/>.</summary>
    internal static List<CaseFile> ReadCases(IEnumerable<string> paths, TextWriter error, out int unreadable)
    {
        var cases = new List<CaseFile>();
        unreadable = 0;
        foreach (var file in Files(paths))
        {
            try
            {
                cases.Add(CaseReader.ReadFile(file));
            }
            catch (CaseFormatException e)
            {
                unreadable++;
                error.WriteLine($"recist: {e.Message}");
            }
        }

        return cases;
    }

    internal sealed record EvaluateArguments(List<string> Paths, bool Json, Criteria? Criteria, bool Compare);

    private sealed class UsageException(string message) : Exception(message);
}
