using System;
using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using System.IO;
using ResponseCriteria.Batch;
using ResponseCriteria.Cohorts;
using ResponseCriteria.IRecist;
using ResponseCriteria.Recist11;
using ResponseCriteria.Responses;

namespace ResponseCriteria.Cli;

/// <summary><c>recist batch</c>: evaluates a long lesion table of any size (CSV, Parquet or Arrow) as a stream and writes the results.</summary>
internal static class BatchCommand
{
    internal sealed record Arguments(string Input, string OutDirectory, Criteria Criteria, TableFormat? Format, bool Explain, bool Confirmation, bool? Progress);

    internal static Command Command()
    {
        var input = new Argument<string>("FILE") { Description = "The long lesion table: .csv, .csv.gz, .parquet or .arrow (Arrow IPC / Feather v2) (columns: docs/batch.md)." };
        var outDirectory = new Option<string>("--out") { Description = "Write timepoints, patients and issues.csv into this directory.", HelpName = "DIR", Required = true };
        var criteria = CommandLine.CriteriaOption("The criteria (default RECIST 1.1).");
        var format = new Option<string?>("--format") { Description = "The results' format (default: the input's: csv, parquet or arrow)." };
        format.AcceptOnlyFromAmong("csv", "parquet", "arrow");
        var explain = new Option<bool>("--explain") { Description = "Add the explanation of every call (slower: each text is built)." };
        var confirmation = new Option<bool>("--confirmation") { Description = "Best overall response needs confirmed CR/PR (single-arm trials)." };
        var progress = new Option<bool?>("--progress") { Description = "Show a progress line (default: only on an interactive terminal)." };
        var command = new Command(
            "batch",
            "Evaluates every patient of a long lesion table (one row per lesion per assessment) on all cores, streaming, so the file may be " +
            "of any size, and writes one row per time point and one per patient, in CSV, Parquet or Arrow. Rows that cannot be used are " +
            "listed in issues.csv with file, row, subject and column; the run goes on. Ends with \"evaluated: N patients in S s\".")
        {
            input, outDirectory, criteria, format, explain, confirmation, progress,
        };
        command.SetAction(r => Run(
            new Arguments(
                r.GetValue(input)!,
                r.GetValue(outDirectory)!,
                r.GetValue(criteria) ?? Criteria.Recist11,
                r.GetValue(format) switch { "csv" => TableFormat.Csv, "parquet" => TableFormat.Parquet, "arrow" => TableFormat.Arrow, _ => null },
                r.GetValue(explain),
                r.GetValue(confirmation),
                r.GetValue(progress)),
            r.InvocationConfiguration.Output,
            r.InvocationConfiguration.Error));
        return command;
    }

    internal static int Run(Arguments arguments, TextWriter output, TextWriter error)
    {
        if (!File.Exists(arguments.Input))
        {
            error.WriteLine($"recist: {arguments.Input}: no such file");
            return CommandLine.BadInput;
        }

        var format = arguments.Format ?? TableFormats.FromPath(arguments.Input);
        var recist = new Recist11Options { Confirmation = arguments.Confirmation };
        IResponseEvaluator evaluator = arguments.Criteria == Criteria.IRecist ? new IRecistEvaluator(new IRecistOptions { Recist11 = recist }) : new Recist11Evaluator(recist);
        var interactive = arguments.Progress ?? (!Console.IsErrorRedirected && ReferenceEquals(error, Console.Error));
        var issues = new BatchIssues();
        var clock = Stopwatch.StartNew();
        TimeSpan? lastShown = null;
        var cohort = new CohortEvaluator(evaluator, new CohortOptions
        {
            Progress = interactive
                ? done =>
                {
                    if (lastShown is null || clock.Elapsed - lastShown >= TimeSpan.FromMilliseconds(250))
                    {
                        lastShown = clock.Elapsed;
                        error.Write(string.Create(CultureInfo.InvariantCulture, $"\revaluating: {done:N0} patients, {done / clock.Elapsed.TotalSeconds:N0}/s, {issues.Rejected:N0} rows rejected "));
                    }
                }
                : null,
        });
        long patients;
        long timePoints;
        try
        {
            using var writer = new ResultTableWriter(arguments.OutDirectory, format, arguments.Explain);
            foreach (var result in cohort.Evaluate(LongTableReader.Read(arguments.Input, issues)))
            {
                writer.Write(result);
            }

            patients = writer.Patients;
            timePoints = writer.TimePoints;
            LongTableWriter.WriteIssues(Path.Combine(arguments.OutDirectory, "issues.csv"), issues);
        }
        catch (BatchFormatException e)
        {
            if (interactive)
            {
                error.WriteLine();
            }

            error.WriteLine($"recist: {e.Message}");
            return CommandLine.BadInput;
        }
        catch (IOException e)
        {
            error.WriteLine($"recist: {arguments.OutDirectory}: {e.Message}");
            return CommandLine.BadInput;
        }

        if (interactive)
        {
            error.WriteLine();
        }

        var extension = TableFormats.Extension(format);
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"rows: {issues.RowsRead} read, {issues.RowsRead - issues.Rejected} used, {issues.Rejected} rejected (issues.csv)"));
        foreach (var issue in issues.Kept)
        {
            if (issues.Kept.Count > 5 && issue == issues.Kept[5])
            {
                output.WriteLine($"  ... {issues.Rejected - 5} more in issues.csv");
                break;
            }

            output.WriteLine($"  {issue}");
        }

        output.WriteLine($"wrote: {Path.Combine(arguments.OutDirectory, "timepoints" + extension)} ({timePoints} rows), {Path.Combine(arguments.OutDirectory, "patients" + extension)} ({patients} rows)");
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"evaluated: {patients} patients in {clock.Elapsed.TotalSeconds:F1} s"));
        return CommandLine.Ok;
    }
}
