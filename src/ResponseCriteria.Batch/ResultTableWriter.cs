using System;
using System.Collections.Generic;
using System.IO;
using Apache.Arrow;
using ResponseCriteria.Responses;
using ResponseCriteria.Results;

namespace ResponseCriteria.Batch;

/// <summary>
/// Writes evaluation results as two tables, in a folder (CSV, Parquet or Arrow IPC files) or as Apache Arrow record batches: <c>timepoints</c> (one row per follow-up: the calls, the rules, the
/// sums and changes, the iRECIST state) and <c>patients</c> (one row per patient: best overall response with and without
/// confirmation, the progression dates, the patterns, the diagnostic codes). Explanations are written only when asked for,
/// so a cohort that does not read them never builds them.
/// </summary>
public sealed class ResultTableWriter : IDisposable
{
    private readonly TableWriter timePoints;
    private readonly TableWriter patients;
    private readonly bool explanations;

    /// <summary>Creates the two files (<c>timepoints.csv</c> and <c>patients.csv</c>, or <c>.parquet</c>, or <c>.arrow</c>) in <paramref name="directory"/>.</summary>
    /// <param name="directory">The folder; created when missing. Existing files of the same name are replaced.</param>
    /// <param name="format">CSV, Parquet or Arrow.</param>
    /// <param name="explanations">Whether to add the explanation of every call.</param>
    /// <exception cref="IOException">A file cannot be created.</exception>
    public ResultTableWriter(string directory, TableFormat format, bool explanations = false)
    {
        ArgumentNullException.ThrowIfNull(directory);
        Directory.CreateDirectory(directory);
        this.explanations = explanations;
        var extension = TableFormats.Extension(format);
        timePoints = new TableWriter(Path.Combine(directory, "timepoints" + extension), format, TimePointColumns(explanations));
        patients = new TableWriter(Path.Combine(directory, "patients" + extension), format, PatientColumns(explanations));
    }

    /// <summary>
    /// Hands the two tables out as Apache Arrow record batches instead of files, with the same columns (text as UTF-8 strings,
    /// dates as Date32, sizes and changes as Double, counts as Int64): a batch of up to 65,536 rows each time a table fills
    /// one, and the rest on <see cref="Flush"/> or <see cref="Dispose"/>.
    /// </summary>
    /// <param name="timePoints">Receives the time-point batches (one row per follow-up).</param>
    /// <param name="patients">Receives the patient batches (one row per patient).</param>
    /// <param name="explanations">Whether to add the explanation of every call.</param>
    /// <returns>The writer; <see cref="Write"/> each result, then <see cref="Dispose"/> it (or <see cref="Flush"/> for the batches so far).</returns>
    public static ResultTableWriter ToRecordBatches(Action<RecordBatch> timePoints, Action<RecordBatch> patients, bool explanations = false)
    {
        ArgumentNullException.ThrowIfNull(timePoints);
        ArgumentNullException.ThrowIfNull(patients);
        return new ResultTableWriter(new TableWriter(timePoints, TimePointColumns(explanations)), new TableWriter(patients, PatientColumns(explanations)), explanations);
    }

    private ResultTableWriter(TableWriter timePoints, TableWriter patients, bool explanations)
    {
        this.timePoints = timePoints;
        this.patients = patients;
        this.explanations = explanations;
    }

    /// <summary>How many patients were written.</summary>
    public long Patients => patients.Rows;

    /// <summary>How many time points were written.</summary>
    public long TimePoints => timePoints.Rows;

    /// <summary>Writes one patient's result.</summary>
    /// <param name="result">The result.</param>
    public void Write(EvaluationResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        var criteria = result.Criteria;
        var name = criteria == Criteria.IRecist ? "iRECIST" : "RECIST 1.1";
        var subject = result.SeriesId ?? string.Empty;
        foreach (var tp in result.TimePoints)
        {
            timePoints.Add(subject).Add(name).Add(tp.Date).Add((long)tp.DaysFromBaseline)
                .Add(ResponseCodes.ToCode(tp.Response, criteria)).Add(EnumNames<OverallRule>.Of(tp.Rule))
                .Add(ResponseCodes.ToCode(tp.Target.Response, criteria)).Add(EnumNames<TargetRule>.Of(tp.Target.Rule))
                .Add(tp.Target.Sum).Add(tp.Target.BaselineSum).Add(tp.Target.Nadir)
                .Add(tp.Target.ChangeFromBaselinePercent).Add(tp.Target.ChangeFromNadirPercent)
                .Add(ResponseCodes.ToCode(tp.NonTarget.Response, criteria)).Add(EnumNames<NonTargetRule>.Of(tp.NonTarget.Rule))
                .Add(EnumNames<NewLesionRule>.Of(tp.NewLesions.Rule))
                .Add(tp.ProgressionReasons == ProgressionReasons.None ? null : EnumNames<ProgressionReasons>.Of(tp.ProgressionReasons))
                .Add(tp.IRecist is { } step ? EnumNames<IRecistTransition>.Of(step.Transition) : null).Add(tp.IRecist?.UnconfirmedProgressionDate);
            if (explanations)
            {
                timePoints.Add(tp.Explanation);
            }

            timePoints.EndRow();
        }

        var best = result.UnconfirmedBestOverallResponse;
        var confirmed = result.ConfirmedBestOverallResponse;
        patients.Add(subject).Add(name).Add(result.BaselineDate).Add((long)result.TimePoints.Count)
            .Add(ResponseCodes.ToCode(best.Response, criteria)).Add(best.Date)
            .Add(ResponseCodes.ToCode(confirmed.Response, criteria)).Add(confirmed.Date).Add(confirmed.ConfirmationDate)
            .Add(result.ProgressionDate).Add(result.ProgressionConfirmationDate).Add(result.UnconfirmedProgressionDate)
            .Add(Patterns(result)).Add(Diagnostics(result));
        if (explanations)
        {
            patients.Add(best.Explanation).Add(confirmed.Explanation);
        }

        patients.EndRow();
    }

    /// <summary>Writes the rows so far: to the files, or as record batches of their own (nothing for a table without new rows).</summary>
    public void Flush()
    {
        timePoints.Flush();
        patients.Flush();
    }

    /// <summary>Flushes and closes both files (or hands out the last batches).</summary>
    public void Dispose()
    {
        timePoints.Dispose();
        patients.Dispose();
    }

    private static (string, ColumnKind)[] TimePointColumns(bool explanations)
    {
        List<(string, ColumnKind)> columns =
        [
            ("subject", ColumnKind.Text), ("criteria", ColumnKind.Text), ("date", ColumnKind.Date), ("day", ColumnKind.Integer),
            ("response", ColumnKind.Text), ("rule", ColumnKind.Text), ("target_response", ColumnKind.Text), ("target_rule", ColumnKind.Text),
            ("target_sum_mm", ColumnKind.Number), ("baseline_sum_mm", ColumnKind.Number), ("nadir_mm", ColumnKind.Number),
            ("change_from_baseline_pct", ColumnKind.Number), ("change_from_nadir_pct", ColumnKind.Number),
            ("non_target_response", ColumnKind.Text), ("non_target_rule", ColumnKind.Text), ("new_lesions", ColumnKind.Text),
            ("progression_reasons", ColumnKind.Text), ("irecist_transition", ColumnKind.Text), ("iupd_date", ColumnKind.Date),
        ];
        if (explanations)
        {
            columns.Add(("explanation", ColumnKind.Text));
        }

        return [.. columns];
    }

    private static (string, ColumnKind)[] PatientColumns(bool explanations)
    {
        List<(string, ColumnKind)> columns =
        [
            ("subject", ColumnKind.Text), ("criteria", ColumnKind.Text), ("baseline_date", ColumnKind.Date), ("time_points", ColumnKind.Integer),
            ("bor", ColumnKind.Text), ("bor_date", ColumnKind.Date), ("confirmed_bor", ColumnKind.Text), ("confirmed_bor_date", ColumnKind.Date),
            ("confirmation_date", ColumnKind.Date), ("progression_date", ColumnKind.Date), ("progression_confirmation_date", ColumnKind.Date),
            ("unconfirmed_progression_date", ColumnKind.Date), ("patterns", ColumnKind.Text), ("diagnostics", ColumnKind.Text),
        ];
        if (explanations)
        {
            columns.Add(("bor_explanation", ColumnKind.Text));
            columns.Add(("confirmed_bor_explanation", ColumnKind.Text));
        }

        return [.. columns];
    }

    private static string? Patterns(EvaluationResult result)
    {
        List<string>? names = null;
        foreach (var finding in result.Patterns.Findings)
        {
            var name = finding.Pattern.ToString();
            if (!(names ??= []).Contains(name))
            {
                names.Add(name);
            }
        }

        return names is null ? null : string.Join(";", names);
    }

    private static string? Diagnostics(EvaluationResult result)
    {
        if (result.Diagnostics.Count == 0)
        {
            return null;
        }

        var codes = new string[result.Diagnostics.Count];
        for (var i = 0; i < codes.Length; i++)
        {
            codes[i] = result.Diagnostics[i].Code;
        }

        return string.Join(";", codes);
    }
}

/// <summary>Writes the long lesion table (<see cref="LongTable"/>) from series, and the issues of a read.</summary>
public static class LongTableWriter
{
    /// <summary>Writes every series as long-table rows (baseline first, then each follow-up in order).</summary>
    /// <param name="path">The file.</param>
    /// <param name="format">CSV or Parquet.</param>
    /// <param name="cohort">The series; each needs an id (the subject).</param>
    /// <returns>How many rows were written.</returns>
    /// <exception cref="ArgumentException">A series has no id.</exception>
    public static long Write(string path, TableFormat format, IEnumerable<Series.PatientSeries> cohort)
    {
        ArgumentNullException.ThrowIfNull(path);
        ArgumentNullException.ThrowIfNull(cohort);
        using var table = new TableWriter(path, format, [("subject", ColumnKind.Text), ("date", ColumnKind.Date), ("lesion", ColumnKind.Text), ("role", ColumnKind.Text), ("organ", ColumnKind.Text), ("node", ColumnKind.Flag), ("size_mm", ColumnKind.Number), ("status", ColumnKind.Text), ("equivocal", ColumnKind.Flag), ("unscheduled", ColumnKind.Flag)]);
        foreach (var series in cohort)
        {
            var subject = series.Id ?? throw new ArgumentException("Every series needs an id to be written as a subject.", nameof(cohort));
            Rows(table, subject, series.Baseline, series);
            foreach (var followUp in series.FollowUps)
            {
                Rows(table, subject, followUp, series);
            }
        }

        return table.Rows;
    }

    /// <summary>Writes the issues of a read as CSV (source, row, subject, column, message).</summary>
    /// <param name="path">The file.</param>
    /// <param name="issues">The issues.</param>
    public static void WriteIssues(string path, BatchIssues issues)
    {
        ArgumentNullException.ThrowIfNull(path);
        ArgumentNullException.ThrowIfNull(issues);
        using var table = new TableWriter(path, TableFormat.Csv, [("source", ColumnKind.Text), ("row", ColumnKind.Integer), ("subject", ColumnKind.Text), ("column", ColumnKind.Text), ("message", ColumnKind.Text)]);
        foreach (var issue in issues.Kept)
        {
            table.Add(issue.Source).Add(issue.Row).Add(issue.Subject).Add(issue.Column).Add(issue.Message).EndRow();
        }
    }

    /// <summary>
    /// One assessment's rows. At baseline every declared lesion gets a row (it declares the lesion; NE when it was not recorded);
    /// at a follow-up every recorded value does, in the order recorded.
    /// </summary>
    private static void Rows(TableWriter table, string subject, Series.Assessment assessment, Series.PatientSeries series)
    {
        var before = table.Rows;
        if (ReferenceEquals(assessment, series.Baseline))
        {
            foreach (var lesion in series.Lesions)
            {
                if (lesion.IsTarget)
                {
                    Target(table, subject, assessment, lesion.Id, lesion.Organ, lesion.IsLymphNode, assessment.Target(lesion.Id));
                }
                else
                {
                    NonTarget(table, subject, assessment, lesion.Id, lesion.Organ, lesion.IsLymphNode, assessment.NonTarget(lesion.Id));
                }
            }
        }
        else
        {
            foreach (var (id, measurement) in assessment.Targets)
            {
                Target(table, subject, assessment, id, null, false, measurement);
            }

            foreach (var (id, status) in assessment.NonTargets)
            {
                NonTarget(table, subject, assessment, id, null, false, status);
            }
        }

        foreach (var lesion in assessment.NewLesions)
        {
            var size = lesion.Size;
            table.Add(subject).Add(assessment.Date).Add(lesion.Id).Add(Words.Of(LongTableRole.New)).Add(lesion.Organ).Add(lesion.IsLymphNode)
                .Add(size?.Millimetres).Add(size is { } s ? StatusOf(s) : Words.Of(lesion.Status))
                .Add(lesion.IsEquivocal).Add(assessment.Unscheduled).EndRow();
        }

        if (table.Rows == before)
        {
            table.Add(subject).Add(assessment.Date).Add((string?)null).Add(Words.Of(LongTableRole.None)).Add((string?)null).Add((bool?)null).Add((decimal?)null).Add((string?)null).Add((bool?)null).Add(assessment.Unscheduled).EndRow();
        }
    }

    private static void Target(TableWriter table, string subject, Series.Assessment assessment, string id, string? organ, bool node, Lesions.Measurement m)
        => table.Add(subject).Add(assessment.Date).Add(id).Add(Words.Of(LongTableRole.Target)).Add(organ).Add(node)
            .Add(m.Millimetres).Add(StatusOf(m)).Add((bool?)null).Add(assessment.Unscheduled).EndRow();

    private static void NonTarget(TableWriter table, string subject, Series.Assessment assessment, string id, string? organ, bool node, Lesions.NonTargetStatus status)
        => table.Add(subject).Add(assessment.Date).Add(id).Add(Words.Of(LongTableRole.NonTarget)).Add(organ).Add(node)
            .Add((decimal?)null).Add(Words.Of(status)).Add((bool?)null).Add(assessment.Unscheduled).EndRow();

    /// <summary>The status word of a measurement without a size: TSTM or NE; null for a size.</summary>
    private static string? StatusOf(Lesions.Measurement m)
        => m.Kind == Lesions.MeasurementKind.TooSmallToMeasure ? Words.Of(Words.TooSmall) : m.IsEvaluable ? null : Words.Of(Lesions.NonTargetStatus.NotEvaluable);
}
