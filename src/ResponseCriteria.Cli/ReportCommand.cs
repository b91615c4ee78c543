using System;
using System.CommandLine;
using System.IO;
using ResponseCriteria.Charts;
using ResponseCriteria.Endpoints;
using ResponseCriteria.Responses;

namespace ResponseCriteria.Cli;

/// <summary><c>recist report</c>: one self-contained HTML page with the cohort summary, the charts and every patient.</summary>
internal static class ReportCommand
{
    internal static Command Command()
    {
        var cases = new Argument<string[]>("FILE|DIR")
        {
            Description = "Case files (or directories of them); or give SDTM with --tu and --tr.",
            Arity = ArgumentArity.ZeroOrMore,
        };
        var tu = CommandLine.FileOption("--tu", "SDTM TU: the lesions.");
        var tr = CommandLine.FileOption("--tr", "SDTM TR: the measurements.");
        var supptr = CommandLine.FileOption("--supptr", "SDTM SUPPTR: lesion locations.");
        var adsl = CommandLine.FileOption("--adsl", "ADSL: reference dates, deaths and arms for the endpoints (default: each subject from its baseline scan, no arms).");
        var dm = CommandLine.FileOption("--dm", "SDTM DM instead of ADSL.");
        var criteria = CommandLine.CriteriaOption("The criteria (default: each case file's own, as `evaluate` reads it; RECIST 1.1 for SDTM).");
        var evaluator = new Option<string?>("--evaluator") { Description = "Whose reads are reported (default INVESTIGATOR when present).", HelpName = "NAME" };
        var title = new Option<string?>("--title") { Description = "The report's title.", HelpName = "TEXT" };
        var output = new Option<string>("--out") { Description = "The HTML file to write.", HelpName = "FILE", Required = true };
        var command = new Command(
            "report",
            "Writes one self-contained HTML page (inline SVG and CSS, no script, no network): the cohort summary (response rates with " +
            "exact intervals, Kaplan-Meier medians), the waterfall, spider, swimmer and Kaplan-Meier charts, and per patient the " +
            "patient chart and the time-point table with every explanation and diagnostic. Exit 0 done, 2 bad input.")
        {
            cases, tu, tr, supptr, adsl, dm, criteria, evaluator, title, output,
        };
        command.SetAction(r =>
        {
            var caseFiles = r.GetValue(cases) ?? [];
            var (tuFile, trFile) = (r.GetValue(tu), r.GetValue(tr));
            if (caseFiles.Length > 0 == (tuFile is not null || trFile is not null))
            {
                throw new CommandLine.UsageException("report needs case files, or --tu and --tr (not both)");
            }

            if (caseFiles.Length == 0 && (tuFile is null || trFile is null))
            {
                throw new CommandLine.UsageException("report on SDTM needs --tu and --tr");
            }

            if (r.GetValue(adsl) is not null && r.GetValue(dm) is not null)
            {
                throw new CommandLine.UsageException("give the subjects' dates once: --adsl or --dm");
            }

            var a = new EndpointsCommand.Arguments(
                tuFile, trFile, r.GetValue(supptr), null, r.GetValue(adsl), r.GetValue(dm), r.GetValue(criteria) ?? Criteria.Recist11, r.GetValue(evaluator), true, null,
                AdrsOptions.Default, TimeToEventOptions.Default, SummaryOptions.Default, Cases: caseFiles, OwnCriteria: caseFiles.Length > 0 && r.GetValue(criteria) is null);
            return Run(a, r.GetValue(title), r.GetValue(output)!, r.InvocationConfiguration.Output, r.InvocationConfiguration.Error);
        });
        return command;
    }

    internal static int Run(EndpointsCommand.Arguments a, string? title, string path, TextWriter output, TextWriter error)
    {
        if (EndpointsCommand.Load(a, error) is not { } study)
        {
            return CommandLine.BadInput;
        }

        var (reader, endpoints) = study.Chosen;
        var results = study.Results!(reader);
        var criteria = study.MixedCriteria ? "each case's own criteria" : ResponseCodes.CriteriaName(endpoints.Criteria);
        var name = title ?? $"Study report ({criteria}, {(a.Cases is { Count: > 0 } ? "case files" : reader)})";
        var report = new StudyReport(name, results, study.MixedCriteria ? null : StudySummary.Of(endpoints, a.Summary));
        var directory = Path.GetDirectoryName(Path.GetFullPath(path));
        if (directory is not null)
        {
            Directory.CreateDirectory(directory);
        }

        report.Save(path);
        output.WriteLine($"report: {path} ({results.Count} patients, {criteria}, {new FileInfo(path).Length / 1024} KB)");
        if (study.MixedCriteria)
        {
            output.WriteLine("note: the cases are read under different criteria, so the report has no endpoints summary; --criteria reads them all under one");
        }
        return CommandLine.Ok;
    }
}
