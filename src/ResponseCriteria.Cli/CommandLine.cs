using System;
using System.Collections.Generic;
using System.CommandLine;
using System.CommandLine.Help;
using System.CommandLine.Invocation;
using System.CommandLine.Parsing;
using System.Globalization;
using System.IO;
using System.Linq;
using ResponseCriteria.Cases;
using ResponseCriteria.Responses;
using ResponseCriteria.Sdtm;

namespace ResponseCriteria.Cli;

/// <summary>
/// The <c>recist</c> command line (System.CommandLine): every command takes <c>--help</c>, options take <c>--name value</c> or
/// <c>--name=value</c>. Parses arguments and dispatches to the commands; holds no rules.
/// </summary>
internal static class CommandLine
{
    internal const int Ok = 0;
    internal const int Mismatch = 1;
    internal const int BadInput = 2;

    internal static int Run(string[] args, TextWriter output, TextWriter error)
    {
        ArgumentNullException.ThrowIfNull(args);
        var result = Root().Parse(args);
        if (result.Action is ParseErrorAction || (result.Action is null && result.Errors.Count > 0))
        {
            foreach (var e in result.Errors)
            {
                error.WriteLine($"recist: {e.Message}");
            }

            error.WriteLine($"run 'recist {CommandName(result)}--help' for usage");
            return BadInput;
        }

        try
        {
            return result.Invoke(new InvocationConfiguration { Output = output, Error = error, EnableDefaultExceptionHandler = false });
        }
        catch (UsageException e)
        {
            error.WriteLine($"recist: {e.Message}");
            error.WriteLine($"run 'recist {CommandName(result)}--help' for usage");
            return BadInput;
        }
    }

    private static string CommandName(ParseResult result)
        => result.CommandResult.Parent is null ? string.Empty : result.CommandResult.Command.Name + " ";

    /// <summary>The command tree, named <c>recist</c> whatever the host process is called.</summary>
    internal static Command Root()
    {
        var root = new Command(
            "recist",
            "RECIST 1.1 and iRECIST response calls from lesion measurements, every call explained. " +
            "Exit codes: 0 done, 1 a check found a mismatch, 2 bad usage or unreadable input.")
        {
            new HelpOption(),
            new VersionOption(),
        };
        root.Subcommands.Add(Evaluate());
        root.Subcommands.Add(Check());
        root.Subcommands.Add(SdtmCommand.Command());
        root.Subcommands.Add(BatchCommand.Command());
        root.Subcommands.Add(EndpointsCommand.Command());
        root.Subcommands.Add(ReportCommand.Command());
        return root;
    }

    private static Command Evaluate()
    {
        var paths = Paths();
        var format = new Option<string>("--format") { Description = "Output format.", DefaultValueFactory = _ => "text" };
        format.AcceptOnlyFromAmong("text", "json");
        var criteria = CriteriaOption("Re-read the cases under these criteria instead of each case's own.");
        var compare = new Option<bool>("--compare") { Description = "Print the RECIST 1.1 and iRECIST readings side by side." };
        var command = new Command(
            "evaluate",
            "Evaluates each case file (a directory: every *.json in it) and prints, per case, a table of the time points (date, days, " +
            "target sum, change from baseline and nadir, target / non-target / new-lesion / overall response, explanation), then the " +
            "best overall response, the progression dates and the response patterns.")
        {
            paths, format, criteria, compare,
        };
        command.Validators.Add(r =>
        {
            if (r.GetValue(compare) && r.GetResult(criteria) is not null)
            {
                r.AddError("--compare reads both criteria; leave out --criteria");
            }
        });
        command.SetAction(r => EvaluateCommand.Run(
            new EvaluateArguments(r.GetValue(paths)!, r.GetValue(format) == "json", r.GetValue(criteria), r.GetValue(compare)),
            r.InvocationConfiguration.Output,
            r.InvocationConfiguration.Error));
        return command;
    }

    private static Command Check()
    {
        var paths = Paths();
        var command = new Command(
            "check",
            "Evaluates every case with an \"expected\" block and compares the calls; prints each mismatch and ends with " +
            "\"check: N passed, N failed\". Exit 0 when all pass, 1 on a mismatch, 2 on unreadable input or no case files.")
        {
            paths,
        };
        command.SetAction(r => CheckCommand.Run(r.GetValue(paths)!, r.InvocationConfiguration.Output, r.InvocationConfiguration.Error));
        return command;
    }

    private static Argument<string[]> Paths() => new("FILE|DIR")
    {
        Description = "Case files (the case JSON format), or directories whose *.json files are read.",
        Arity = ArgumentArity.OneOrMore,
    };

    /// <summary>An option naming an input file.</summary>
    internal static Option<string?> FileOption(string name, string description) => new(name) { Description = description, HelpName = "FILE" };

    /// <summary>The subjects of --adsl or --dm (at most one is given), or null when neither is.</summary>
    /// <exception cref="Sdtm.SdtmFormatException">The file cannot be read or lacks a variable.</exception>
    internal static Endpoints.SubjectTable? ReadSubjects(string? adsl, string? dm)
        => adsl is not null ? Endpoints.SubjectTable.ReadAdsl(Sdtm.SdtmTableReader.Read(adsl))
            : dm is not null ? Endpoints.SubjectTable.ReadDm(Sdtm.SdtmTableReader.Read(dm)) : null;

    /// <summary>A --criteria option: "RECIST 1.1" or iRECIST, case and spaces ignored.</summary>
    internal static Option<Criteria?> CriteriaOption(string description) => new("--criteria")
    {
        Description = description,
        HelpName = "\"RECIST 1.1\"|iRECIST",
        CustomParser = r =>
        {
            var text = r.Tokens.Count > 0 ? r.Tokens[0].Value : string.Empty;
            if (ResponseCodes.TryParseCriteria(text, out var criteria))
            {
                return criteria;
            }

            r.AddError($"--criteria expects \"RECIST 1.1\" or iRECIST, not '{text}'");
            return null;
        },
    };

    /// <summary>An option taking a whole number from 0.</summary>
    internal static Option<int?> Count(string name, string description) => new(name)
    {
        Description = description,
        HelpName = "N",
        CustomParser = r =>
        {
            var text = r.Tokens.Count > 0 ? r.Tokens[0].Value : string.Empty;
            if (int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var value))
            {
                return value;
            }

            r.AddError($"{name} expects a whole number from 0, not '{text}'");
            return null;
        },
    };

    /// <summary>Expands the FILE|DIR arguments: a directory gives its *.json files in ordinal order.</summary>
    /// <exception cref="UsageException">A directory holds no *.json file.</exception>
    internal static IEnumerable<string> Files(IEnumerable<string> paths)
    {
        var files = new List<string>();
        foreach (var path in paths)
        {
            if (Directory.Exists(path))
            {
                var found = Directory.GetFiles(path, "*.json").OrderBy(f => f, StringComparer.Ordinal).ToList();
                if (found.Count == 0)
                {
                    throw new UsageException($"no case files in {path} (expected *.json files in the case format)");
                }

                files.AddRange(found);
            }
            else
            {
                files.Add(path);
            }
        }

        return files;
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

    internal sealed record EvaluateArguments(IReadOnlyList<string> Paths, bool Json, Criteria? Criteria, bool Compare);

    /// <summary>A usage error found after parsing (a combination of options, an empty directory): exit 2 with the message.</summary>
    internal sealed class UsageException(string message) : Exception(message);
}
