using System;
using System.Collections.Generic;
using NodaTime;

namespace ResponseCriteria.Batch;

/// <summary>
/// The long lesion table: one row per lesion per assessment, the shape cohort data takes in data frames, SQL and Parquet.
/// The columns (names compare ignoring case; other columns are ignored):
/// <list type="table">
/// <item><term>subject</term><description>The patient (required). A patient's rows must be together.</description></item>
/// <item><term>date</term><description>The assessment date (required): ISO 8601 text, or a date or timestamp column. A patient's earliest date is the baseline.</description></item>
/// <item><term>lesion</term><description>The lesion id (required), unique within the patient.</description></item>
/// <item><term>role</term><description><c>target</c>, <c>nonTarget</c> or <c>new</c> (required). Baseline rows declare the targets and non-targets. <c>none</c> (lesion empty) records a scan with no lesion to list, such as the follow-up of a patient without disease.</description></item>
/// <item><term>organ</term><description>The organ or site (required on baseline rows and new-lesion rows).</description></item>
/// <item><term>node</term><description>Whether it is a lymph node (optional, default false).</description></item>
/// <item><term>size_mm</term><description>A target's or new lesion's size in mm (longest diameter, nodes short axis).</description></item>
/// <item><term>status</term><description>Without a size: <c>present</c>, <c>absent</c>, <c>progression</c>, <c>furtherIncrease</c>, <c>NE</c> or <c>TSTM</c> (the case-file words).</description></item>
/// <item><term>equivocal</term><description>A new lesion the reader is unsure of (optional, default false).</description></item>
/// <item><term>unscheduled</term><description>The scan was unscheduled (optional; any row of the assessment saying true marks it).</description></item>
/// </list>
/// </summary>
public static class LongTable
{
    /// <summary>The column names, in the order the writers use.</summary>
    public static IReadOnlyList<string> Columns { get; } = ["subject", "date", "lesion", "role", "organ", "node", "size_mm", "status", "equivocal", "unscheduled"];
}

/// <summary>A lesion's role in the long table.</summary>
public enum LongTableRole
{
    /// <summary>A target lesion (declared at baseline, measured).</summary>
    Target = 0,

    /// <summary>A non-target lesion (declared at baseline, followed by status).</summary>
    NonTarget = 1,

    /// <summary>A new lesion (not seen at baseline).</summary>
    New = 2,

    /// <summary>No lesion: the row only records that the scan was done (its lesion id may be empty).</summary>
    None = 3,
}

/// <summary>One row of the long table, parsed. <see cref="Row"/> is its position in the source (1 = the first data row).</summary>
/// <param name="Row">The row's position in its source.</param>
/// <param name="Subject">The patient.</param>
/// <param name="Date">The assessment date.</param>
/// <param name="Lesion">The lesion id.</param>
/// <param name="Role">The lesion's role.</param>
/// <param name="Organ">The organ, or null when not given.</param>
/// <param name="Node">Whether it is a lymph node.</param>
/// <param name="SizeMillimetres">The size in mm, or null.</param>
/// <param name="Status">The status word, or null.</param>
/// <param name="Equivocal">Whether a new lesion is equivocal.</param>
/// <param name="Unscheduled">Whether the scan was unscheduled, or null when not recorded.</param>
public readonly record struct LongTableRow(
    long Row,
    string Subject,
    LocalDate Date,
    string Lesion,
    LongTableRole Role,
    string? Organ,
    bool Node,
    decimal? SizeMillimetres,
    string? Status,
    bool Equivocal,
    bool? Unscheduled);

/// <summary>A row of the long table that could not be used, with where it is and what was expected.</summary>
/// <param name="Source">The file (or "arrays", "record batch").</param>
/// <param name="Row">The row's position in the source (1 = the first data row).</param>
/// <param name="Subject">The patient, or empty when unknown.</param>
/// <param name="Column">The column at fault.</param>
/// <param name="Message">What was found and what was expected.</param>
public sealed record BatchIssue(string Source, long Row, string Subject, string Column, string Message)
{
    /// <inheritdoc/>
    public override string ToString() => $"{Source}, row {Row}{(Subject.Length > 0 ? $", subject {Subject}" : string.Empty)}, {Column}: {Message}";
}

/// <summary>The issues of one read: every rejected row, and how many rows were read and used.</summary>
public sealed class BatchIssues
{
    private readonly List<BatchIssue> issues = [];
    private readonly int keep;

    /// <summary>Creates a collector that keeps the first <paramref name="keep"/> issues and counts the rest.</summary>
    /// <param name="keep">How many issues to keep (all are counted). Default 100,000.</param>
    public BatchIssues(int keep = 100_000) => this.keep = keep;

    /// <summary>The issues kept, in the order found.</summary>
    public IReadOnlyList<BatchIssue> Kept => issues;

    /// <summary>How many rows were rejected (kept or not).</summary>
    public long Rejected { get; private set; }

    /// <summary>How many rows were read.</summary>
    public long RowsRead { get; internal set; }

    internal void Add(BatchIssue issue)
    {
        Rejected++;
        if (issues.Count < keep)
        {
            issues.Add(issue);
        }
    }
}
