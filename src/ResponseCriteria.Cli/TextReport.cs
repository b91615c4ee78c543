using System;
using System.Globalization;
using System.IO;
using System.Linq;
using NodaTime;
using NodaTime.Text;
using ResponseCriteria.Cases;
using ResponseCriteria.Responses;
using ResponseCriteria.Results;

namespace ResponseCriteria.Cli;

/// <summary>The text report of one evaluated case: a table of time points with explanations, then the best response and dates.</summary>
internal static class TextReport
{
    private const double DaysPerMonth = 365.25 / 12;

    /// <summary>Writes one case's report; <paramref name="colour"/> paints the calls (an interactive terminal).</summary>
    internal static void Write(CaseFile c, EvaluationResult r, TextWriter w, bool colour = false)
    {
        var criteria = r.Criteria;
        w.WriteLine($"{c.Id}{(c.Title is null ? string.Empty : ": " + c.Title)} [{ResponseCodes.CriteriaName(criteria)}]");
        var baselineSum = r.TimePoints.Count > 0 ? r.TimePoints[0].Target.BaselineSum : null;
        w.WriteLine($"baseline {Date(r.BaselineDate)}{(baselineSum is { } b ? $", target sum {Mm(b)}" : string.Empty)}");
        w.WriteLine();
        string[] header = ["date", "day", "sum", "vs baseline", "vs nadir", "target", "non-target", "new", "overall"];
        var rows = r.TimePoints.Select(tp => new[]
        {
            Date(tp.Date),
            tp.DaysFromBaseline.ToString(CultureInfo.InvariantCulture),
            tp.Target.Sum is { } s ? Mm(s) + (tp.Target.IsComplete ? string.Empty : "*") : "-",
            tp.Target.ChangeFromBaselinePercent is { } pb ? Percent(pb) : "-",
            tp.Target.ChangeFromNadirMillimetres is { } mm ? $"{(tp.Target.ChangeFromNadirPercent is { } pn ? Percent(pn) : "-")} / {SignedMm(mm)}" : "-",
            ResponseCodes.ToCode(tp.Target.Response, criteria),
            ResponseCodes.ToCode(tp.NonTarget.Response, criteria),
            NewColumn(tp),
            ResponseCodes.ToCode(tp.Response, criteria),
        }).ToList();
        Func<int, string, string, string>? paint = colour ? (column, cell, padded) => column is 5 or 6 or 8 ? Terminal.PaintCode(padded, cell) : padded : null;
        TextTable.WriteWithNotes(w, header, rows, r.TimePoints.Select(tp => tp.Explanation).ToList(), paint, 1);

        if (r.TimePoints.Any(tp => !tp.Target.IsComplete && tp.Target.Sum is not null))
        {
            w.WriteLine("    (* some targets not evaluable: the sum of the measured ones)");
        }

        w.WriteLine();
        var best = ResponseCodes.ToCode(r.BestOverallResponse.Response, criteria);
        w.WriteLine($"best overall response: {(colour ? Terminal.Paint(best, r.BestOverallResponse.Response) : best)} ({(r.ConfirmationRequired ? "confirmation required" : "no confirmation required")}): {r.BestOverallResponse.Explanation}");
        if (r.ConfirmationRequired)
        {
            w.WriteLine($"  without confirmation: {r.UnconfirmedBestOverallResponse.Explanation}");
        }
        else
        {
            w.WriteLine($"  with confirmation: {r.ConfirmedBestOverallResponse.Explanation}");
        }

        WriteProgression(r, w);
        WritePatterns(r, w);
        if (r.Diagnostics.Count > 0)
        {
            w.WriteLine("diagnostics:");
            foreach (var d in r.Diagnostics)
            {
                w.WriteLine("  " + d);
            }
        }

        w.WriteLine();
    }

    private static string NewColumn(TimePointResult tp) => tp.NewLesions.Rule switch
    {
        NewLesionRule.NewLesion or NewLesionRule.EquivocalConfirmedLater => "yes",
        NewLesionRule.Persisting => "persisting",
        NewLesionRule.EquivocalNotConfirmed => "equivocal",
        _ => "no",
    };

    private static void WriteProgression(EvaluationResult r, TextWriter w)
    {
        if (r.Criteria != Criteria.IRecist)
        {
            w.WriteLine(r.ProgressionDate is { } pd ? $"progression: {Date(pd)} ({Since(r.BaselineDate, pd)})" : "progression: none");
            return;
        }

        if (r.ProgressionDate is { } iupd && r.ProgressionConfirmationDate is { } icpd)
        {
            w.WriteLine($"progression (iRECIST convention: the date of the iUPD that was confirmed): {Date(iupd)} ({Since(r.BaselineDate, iupd)})");
            w.WriteLine($"  confirmed by the iCPD of {Date(icpd)} ({Since(r.BaselineDate, icpd)})");
        }
        else
        {
            w.WriteLine("progression: none confirmed");
        }

        if (r.UnconfirmedProgressionDate is { } open)
        {
            w.WriteLine($"  unconfirmed progression: the iUPD of {Date(open)} ({Since(r.BaselineDate, open)}) was not confirmed by the last assessment (no iCPD event)");
        }
    }

    private static void WritePatterns(EvaluationResult r, TextWriter w)
    {
        var findings = r.Patterns.Findings;
        var names = CaseChecker.PatternNames(r.Patterns);
        w.WriteLine($"patterns: {(names.Count == 0 ? "none" : string.Join(", ", names))}");
        foreach (var f in findings)
        {
            w.WriteLine($"  {f.Explanation}{(f.Lesions.Count > 0 ? $" [lesions {string.Join(", ", f.Lesions)}]" : string.Empty)}");
        }

        if (r.Patterns.Kinetics is { } k)
        {
            w.WriteLine(FormattableString.Invariant($"  growth kinetics: TGK {k.TgkReference:0.##} mm/month before treatment, {k.TgkExperimental:0.##} on treatment; TGR {k.TgrReference:0.#} %/month before, {k.TgrExperimental:0.#} on; hyperprogression definitions met: {(k.DefinitionsMet.Count == 0 ? "none" : string.Join(", ", k.DefinitionsMet))}"));
        }
    }

    internal static string Date(LocalDate date) => LocalDatePattern.Iso.Format(date);

    /// <summary>"day 154, 5.1 months from baseline".</summary>
    internal static string Since(LocalDate baseline, LocalDate date)
    {
        var days = Period.Between(baseline, date, PeriodUnits.Days).Days;
        return $"day {days}, {(days / DaysPerMonth).ToString("0.0", CultureInfo.InvariantCulture)} months from baseline";
    }

    private static string Mm(decimal value) => value.ToString("0.##", CultureInfo.InvariantCulture) + " mm";

    private static string SignedMm(decimal value) => value.ToString("+0.##;-0.##;0", CultureInfo.InvariantCulture) + " mm";

    private static string Percent(decimal value)
        => Math.Round(value, 1, MidpointRounding.AwayFromZero).ToString("+0.0;-0.0;0.0", CultureInfo.InvariantCulture) + "%";
}
