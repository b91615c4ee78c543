using System;
using System.Collections.Generic;
using NodaTime;
using ResponseCriteria.Lesions;
using ResponseCriteria.Series;

namespace ResponseCriteria.Batch;

/// <summary>
/// Turns long-table rows, in source order, into one <see cref="PatientSeries"/> per patient as soon as the patient's rows end:
/// baseline rows declare the lesions, later rows become assessments. Every row it cannot use becomes a <see cref="BatchIssue"/>;
/// every other row ends up in a series. One patient's rows are held at a time (and the ids of the patients seen, to catch a
/// patient whose rows are split: a few bytes a patient when the table is sorted by subject, see <see cref="SubjectIds"/>).
/// </summary>
internal sealed class SeriesAssembler(string source, BatchIssues issues)
{
    private readonly List<LongTableRow> rows = [];

    /// <summary>One assessment's target and non-target values while it is assembled (the assessment copies them: reused).</summary>
    private readonly List<KeyValuePair<string, Measurement>> targets = [];
    private readonly List<KeyValuePair<string, NonTargetStatus>> nonTargets = [];

    /// <summary>One patient's lesions and follow-ups while the series is built (the series copies them: reused).</summary>
    private readonly List<Lesion> lesions = [];
    private readonly List<Assessment> followUps = [];
    private readonly SubjectIds seen = new();
    private string? subject;

    /// <summary>Adds a row; returns the previous patient's series when this row starts another patient.</summary>
    internal PatientSeries? Add(in LongTableRow row)
    {
        PatientSeries? done = null;
        if (row.Subject != subject)
        {
            // A subject is recorded when its rows start (one look-up a patient): seen again later, its rows were split.
            if (!seen.Add(row.Subject))
            {
                Reject(row, "subject", $"the rows of subject {row.Subject} are not together: it was seen before another subject; sort or group the table by subject");
                return null;
            }

            done = Finish();
            subject = row.Subject;
        }

        rows.Add(row);
        return done;
    }

    /// <summary>The series of the patient whose rows were added last, or null when there is none.</summary>
    internal PatientSeries? Finish()
    {
        if (subject is null)
        {
            return null;
        }

        var series = Build(subject);
        rows.Clear();
        subject = null;
        return series;
    }

    /// <summary>Records a row that cannot be used.</summary>
    internal void Reject(in LongTableRow row, string column, string message) => Reject(row.Row, row.Subject, column, message);

    /// <summary>Records a row that cannot be parsed.</summary>
    internal void Reject(long row, string subjectId, string column, string message)
    {
        issues.Add(new BatchIssue(source, row, subjectId, column, message));
    }

    private PatientSeries? Build(string id)
    {
        // Date order, rows of one date in source order (the usual table is in that order already: one pass says so).
        if (!InDateOrder())
        {
            rows.Sort((a, b) => a.Date != b.Date ? a.Date.CompareTo(b.Date) : a.Row.CompareTo(b.Row));
        }

        var baselineDate = rows[0].Date;
        lesions.Clear();
        followUps.Clear();
        Assessment? baseline = null;
        var start = 0;
        while (start < rows.Count)
        {
            var end = start;
            while (end < rows.Count && rows[end].Date == rows[start].Date)
            {
                end++;
            }

            var assessment = Assess(start, end, rows[start].Date == baselineDate ? lesions : null);
            if (rows[start].Date == baselineDate)
            {
                baseline = assessment;
            }
            else
            {
                followUps.Add(assessment);
            }

            start = end;
        }

        return new PatientSeries(lesions, baseline!, followUps, id: id);
    }

    private bool InDateOrder()
    {
        for (var i = 1; i < rows.Count; i++)
        {
            if (rows[i].Date < rows[i - 1].Date)
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>The assessment of rows [start, end) of one date; at baseline (<paramref name="declared"/> not null) target and non-target rows also declare the lesions.</summary>
    private Assessment Assess(int start, int end, List<Lesion>? declared)
    {
        var date = rows[start].Date;
        targets.Clear();
        nonTargets.Clear();
        List<NewLesion>? newLesions = null;
        bool? unscheduled = null;
        for (var i = start; i < end; i++)
        {
            var row = rows[i];
            if (row.Role == LongTableRole.None)
            {
                unscheduled = row.Unscheduled.HasValue ? unscheduled == true || row.Unscheduled.Value : unscheduled;
                continue;
            }

            if (Seen(start, i, row.Lesion))
            {
                Reject(row, "lesion", $"lesion {row.Lesion} is listed twice on {date:uuuu-MM-dd}; the first row is used");
                continue;
            }

            var used = row.Role switch
            {
                LongTableRole.Target => Target(row, declared, targets),
                LongTableRole.NonTarget => NonTarget(row, declared, nonTargets),
                _ => New(row, declared, ref newLesions),
            };
            if (used && row.Unscheduled.HasValue)
            {
                unscheduled = unscheduled == true || row.Unscheduled.Value;
            }
        }

        return new Assessment(date, targets, nonTargets, newLesions, unscheduled);
    }

    private bool Seen(int start, int i, string lesion)
    {
        for (var j = start; j < i; j++)
        {
            if (rows[j].Role != LongTableRole.None && rows[j].Lesion == lesion)
            {
                return true;
            }
        }

        return false;
    }

    private bool Target(in LongTableRow row, List<Lesion>? declared, List<KeyValuePair<string, Measurement>> targets)
    {
        Measurement measurement;
        if (row.SizeMillimetres is { } mm)
        {
            if (mm < 0m || mm > Measurement.MaximumMillimetres)
            {
                Reject(row, "size_mm", $"a size from 0 to 1,000,000 mm was expected, found {mm}");
                return false;
            }

            measurement = Measurement.FromMillimetres(mm);
        }
        else
        {
            var status = Words.Status(row.Status);
            if (status == Words.TooSmall)
            {
                measurement = Measurement.TooSmallToMeasure;
            }
            else if (status == NonTargetStatus.NotEvaluable)
            {
                measurement = Measurement.NotEvaluable;
            }
            else if (status == NonTargetStatus.Absent)
            {
                measurement = Measurement.Disappeared;
            }
            else
            {
                Reject(row, "status", $"a target needs size_mm, or status TSTM, NE or absent; found '{row.Status}'");
                return false;
            }
        }

        if (declared is not null && !Declare(row, LesionRole.Target, declared))
        {
            return false;
        }

        targets.Add(new(row.Lesion, measurement));
        return true;
    }

    private bool NonTarget(in LongTableRow row, List<Lesion>? declared, List<KeyValuePair<string, NonTargetStatus>> nonTargets)
    {
        var status = Words.Status(row.Status);
        if (status is null || status == Words.TooSmall)
        {
            Reject(row, "status", $"a non-target needs status present, absent, progression, furtherIncrease or NE; found '{row.Status}'");
            return false;
        }

        if (declared is not null && !Declare(row, LesionRole.NonTarget, declared))
        {
            return false;
        }

        nonTargets.Add(new(row.Lesion, status.Value));
        return true;
    }

    private bool New(in LongTableRow row, List<Lesion>? declared, ref List<NewLesion>? newLesions)
    {
        if (declared is not null)
        {
            Reject(row, "role", "a new lesion on the baseline date (the patient's earliest date); baseline lesions are target or nonTarget");
            return false;
        }

        if (string.IsNullOrWhiteSpace(row.Organ))
        {
            Reject(row, "organ", "a new lesion needs its organ");
            return false;
        }

        Measurement? size = null;
        var status = NonTargetStatus.Present;
        if (row.SizeMillimetres is { } mm)
        {
            if (mm < 0m || mm > Measurement.MaximumMillimetres)
            {
                Reject(row, "size_mm", $"a size from 0 to 1,000,000 mm was expected, found {mm}");
                return false;
            }

            size = Measurement.FromMillimetres(mm);
        }
        else if (row.Status is not null)
        {
            var word = Words.Status(row.Status);
            if (word is null)
            {
                Reject(row, "status", $"a new lesion needs size_mm or status present, absent, progression, furtherIncrease, NE or TSTM; found '{row.Status}'");
                return false;
            }

            size = word == Words.TooSmall ? Measurement.TooSmallToMeasure : null;
            status = word == Words.TooSmall ? NonTargetStatus.Present : word.Value;
        }

        (newLesions ??= []).Add(new NewLesion(row.Lesion, row.Organ, row.Node, size, status, row.Equivocal));
        return true;
    }

    private bool Declare(in LongTableRow row, LesionRole role, List<Lesion> declared)
    {
        if (string.IsNullOrWhiteSpace(row.Organ))
        {
            Reject(row, "organ", "a baseline lesion needs its organ");
            return false;
        }

        declared.Add(new Lesion(row.Lesion, row.Organ, role, row.Node));
        return true;
    }
}

/// <summary>The words of the long table's text columns, read ignoring case.</summary>
internal static class Words
{
    /// <summary>Stands for TSTM among the statuses (not a <see cref="NonTargetStatus"/>).</summary>
    internal const NonTargetStatus TooSmall = (NonTargetStatus)(-1);

    /// <summary>The status of a status word (TSTM as <see cref="TooSmall"/>), NE for none, or null for an unknown word.</summary>
    internal static NonTargetStatus? Status(string? word) => word switch
    {
        // The words as the writers write them, matched at once; any other spelling (case, spaces) as the general rule says.
        null or "" or "NE" => NonTargetStatus.NotEvaluable,
        "present" => NonTargetStatus.Present,
        "absent" => NonTargetStatus.Absent,
        "progression" => NonTargetStatus.Progression,
        "furtherIncrease" => NonTargetStatus.FurtherIncrease,
        "TSTM" => TooSmall,
        _ => StatusOfText(word),
    };

    private static NonTargetStatus? StatusOfText(string word)
    {
        var w = word.AsSpan().Trim();
        return w.Length == 0 || Is(w, "NE") ? NonTargetStatus.NotEvaluable
            : Is(w, "present") ? NonTargetStatus.Present
            : Is(w, "absent") ? NonTargetStatus.Absent
            : Is(w, "progression") ? NonTargetStatus.Progression
            : Is(w, "furtherIncrease") ? NonTargetStatus.FurtherIncrease
            : Is(w, "TSTM") ? TooSmall
            : null;
    }

    private static bool Is(ReadOnlySpan<char> word, string expected) => word.Equals(expected, StringComparison.OrdinalIgnoreCase);

    /// <summary>The role of a role word, or null.</summary>
    internal static LongTableRole? Role(string? word) => word switch
    {
        "target" => LongTableRole.Target,
        "nonTarget" => LongTableRole.NonTarget,
        "new" => LongTableRole.New,
        "none" => LongTableRole.None,
        _ => RoleOfText(word),
    };

    private static LongTableRole? RoleOfText(string? word)
    {
        var w = word.AsSpan().Trim();
        return Is(w, "target") ? LongTableRole.Target
            : Is(w, "nonTarget") || Is(w, "non-target") || Is(w, "non_target") ? LongTableRole.NonTarget
            : Is(w, "new") ? LongTableRole.New
            : Is(w, "none") ? LongTableRole.None
            : null;
    }

    /// <summary>The value of a flag (true/false, yes/no, y/n, 1/0); null for empty; false with <paramref name="ok"/> false for anything else.</summary>
    internal static bool? Flag(string? word, out bool ok)
    {
        ok = true;
        switch (word)
        {
            case null or "":
                return null;
            case "true":
                return true;
            case "false":
                return false;
        }

        var w = word.AsSpan().Trim();
        if (w.Length == 0)
        {
            return null;
        }

        if (Is(w, "true") || Is(w, "yes") || Is(w, "y") || Is(w, "1"))
        {
            return true;
        }

        ok = Is(w, "false") || Is(w, "no") || Is(w, "n") || Is(w, "0");
        return ok ? false : null;
    }

    /// <summary>The word for a role, as the writers write it.</summary>
    internal static string Of(LongTableRole role) => role switch
    {
        LongTableRole.Target => "target",
        LongTableRole.NonTarget => "nonTarget",
        LongTableRole.New => "new",
        _ => "none",
    };

    /// <summary>The word for a status (TSTM for <see cref="TooSmall"/>), as the writers write it.</summary>
    internal static string Of(NonTargetStatus status) => status switch
    {
        TooSmall => "TSTM",
        NonTargetStatus.Present => "present",
        NonTargetStatus.Absent => "absent",
        NonTargetStatus.Progression => "progression",
        NonTargetStatus.FurtherIncrease => "furtherIncrease",
        _ => "NE",
    };

    /// <summary>A floating-point size as the decimal it was written as (its shortest round-trip text: 12.3 stays 12.3), or null when not finite.</summary>
    internal static decimal? Exact(double value)
    {
        if (!double.IsFinite(value))
        {
            return null;
        }

        // The usual size (non-negative, below 9,000,000, at most 9 decimal places): the fewest places k at which an integer m
        // gives back the double (m / 10^k is correctly rounded, as parsing is) are the digits of the shortest round-trip text,
        // so m with scale k is the decimal that text parses to. Anything else goes through the text itself.
        if (!double.IsNegative(value) && value < 9e6)
        {
            for (var k = 0; k < PowersOfTen.Length; k++)
            {
                var m = Math.Round(value * PowersOfTen[k]);
                if (m / PowersOfTen[k] == value)
                {
                    var units = (ulong)m;
                    return new decimal(unchecked((int)(uint)units), unchecked((int)(uint)(units >> 32)), 0, false, (byte)k);
                }
            }
        }

        return decimal.Parse(value.ToString("R", System.Globalization.CultureInfo.InvariantCulture), System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture);
    }

    private static readonly double[] PowersOfTen = [1, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9];

    /// <summary>An ISO date (a timestamp's date part is accepted), or null.</summary>
    internal static LocalDate? Date(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        var t = text.Trim();
        if (t.Length > 10 && (t[10] == 'T' || t[10] == ' '))
        {
            t = t[..10];
        }

        var parsed = NodaTime.Text.LocalDatePattern.Iso.Parse(t);
        return parsed.Success ? parsed.Value : null;
    }
}
